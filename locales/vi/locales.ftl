# redflag locales: bộ công cụ cho người dịch (status, new, check, confirm).

## Tệp khung (redflag locales new)

locales-skeleton-header =
    Bản dịch { $lang } của { $file }, được tạo bởi “redflag locales new”.
    Mỗi thông điệp được ghi chú (comment) cho đến khi được dịch: hãy xóa “# ” trước id của nó và viết văn bản sau dấu “=”.
    Cho đến lúc đó trò chơi hiển thị văn bản tiếng Anh và “redflag locales check { $lang }” báo thông điệp là chưa được dịch.
locales-skeleton-speaker = Người nói: { $name }
locales-skeleton-player = Người nói: người chơi (một câu trả lời để chọn)
locales-skeleton-channel = Kênh: { $channel }
locales-skeleton-before = Ngay trước đó: { $text }
locales-skeleton-length = Giữ ngắn gọn: tối đa { $max } ký tự (bản tiếng Anh có { $len })
locales-skeleton-english = Tiếng Anh: { $text }

# Tiếng Việt không chia số nhiều.
locales-new-written = Đã ghi { $files } tệp với { $messages } thông điệp vào { $dir }.
locales-new-kept = Giữ nguyên { $path }: tệp đã tồn tại.
locales-new-next =
    Tiếp theo: dịch các thông điệp, rồi xem tiến độ bằng “redflag locales” và các vấn đề bằng “redflag locales check { $lang }”.
    Đặt “language-name” trong ui.ftl thành tên của ngôn ngữ bằng chính ngôn ngữ đó: phần chọn ngôn ngữ sẽ hiển thị nó.
locales-new-next-pack = Thử bằng “redflag --scenarios { $dir } --lang { $lang }”.
locales-bad-tag = “{ $lang }” không phải là thẻ ngôn ngữ như “pl” hay “pt-BR”.
locales-write-failed = Không thể ghi { $path }: { $reason }
locales-unknown = Không có ngôn ngữ “{ $lang }”. Hãy bắt đầu bằng “redflag locales new { $lang }”.

## Trạng thái (redflag locales)

locales-col-locale = Ngôn ngữ
locales-col-file = Tệp
locales-col-complete = Hoàn thiện
locales-col-missing = Thiếu
locales-col-obsolete = Không còn dùng
locales-col-stale = Lỗi thời
locales-all-files = tất cả các tệp
locales-percent = { $percent }%
locales-untracked = chưa theo dõi
locales-pseudo =
    Ngôn ngữ giả, được tạo từ tiếng Anh khi trò chơi khởi động: en-XA (có dấu, dài hơn khoảng 40%) và ar-XB (lật gương, từ phải sang trái).
    Thử bằng “--lang en-XA”; “--show-ids” hiện id của mỗi thông điệp bên cạnh văn bản.

## Bản dịch lỗi thời (redflag locales confirm)

locales-confirmed = Đã xác nhận { $count } bản dịch { $lang } trong { $path }; { $stale ->
        [0] không có bản nào lỗi thời.
       *[other] vẫn còn { $stale } bản lỗi thời.
    }
locales-confirm-unknown = “{ $id }” không phải là thông điệp { $lang } đã dịch có nguồn tiếng Anh; đã bỏ qua.
locales-check-file = { $file }: thiếu { $missing }, lỗi thời { $obsolete }, cũ { $stale }, cảnh báo khác { $other }
locales-check-file-new = { $file }: chưa bắt đầu, còn { $missing } thông điệp cần dịch
locales-check-more = Xem đầy đủ mọi cảnh báo: thêm --all; hoặc chọn bằng --file TÊN, --code W061 hay --errors-only.
locales-skeleton-pool = Tên của người này lấy từ danh sách “{ $pool }” trong pools.ftl: hãy dùng từ ngữ phù hợp với giới tính ngữ pháp của danh sách đó
locales-skeleton-note = Ghi chú: { $text }
locales-unknown-here = Ở đây có thư mục locales/{ $lang }, nhưng redflag này không có “{ $lang }”: nó chỉ biết các ngôn ngữ có sẵn và các gói được đưa vào. Hãy dùng thư mục này như một gói: “redflag --scenarios . locales check { $lang }”; trong một bản sao của kho mã, “cargo build” sẽ thêm nó vào chương trình.
# Trong bảng trạng thái, thay cho phần trăm: tệp có lỗi cú pháp (xem locales check).
locales-broken = hỏng

## Cập nhật các tệp (redflag locales update)

locales-updated = Đã cập nhật { $changed } tệp và tạo mới { $created } tệp trong { $dir }: thêm { $added } thông điệp, làm mới chú thích phía trên { $refreshed } thông điệp. Không bản dịch nào bị thay đổi.
    Tiếp theo: “redflag{ $packs } locales check { $lang }” cho biết những gì còn phải dịch và từng bản dịch lỗi thời cùng bản tiếng Anh khi đó và bây giờ.
locales-updated-nothing = Không có gì cần cập nhật trong { $dir }: mọi tệp đều khớp với bản tiếng Anh.
locales-update-unreadable = Giữ nguyên { $path }: { $kind ->
        [utf8] tệp không phải văn bản UTF-8.
        [not-a-file] đây không phải tệp thông thường.
        [too-large] tệp lớn hơn ({ $detail } byte) mức cho phép của một tệp bản dịch.
       *[io] { $detail }
    }
