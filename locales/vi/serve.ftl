# `redflag serve`: trò chơi qua SSH cho cả một phòng. Người điều phối đọc phần khởi động, các
# dòng sự kiện và màn hình theo dõi trực tiếp; người tham gia đọc lời nhắc và các thông điệp kết thúc
# một phiên. Giữ nguyên các lệnh như "ssh -p 2222 A7@…". Tiếng Việt không chia số nhiều.

## Phần khởi động (terminal của người điều phối)

serve-start-heading = redflag serve đang chạy.
serve-start-join = Người tham gia kết nối bằng lệnh:
serve-start-no-address = Không tìm thấy địa chỉ mạng nào. Trên chính máy tính này, hãy kết nối bằng lệnh:
# Hiện sau các lệnh kết nối. A7 là một ví dụ về mã người tham gia.
serve-start-codes = Mỗi người tham gia dùng mã của riêng mình thay cho A7; “guest” để chơi mà không bị ghi lại kết quả.
serve-start-code = Mã phòng: { $code }
serve-start-open = Không có mã phòng (--open): bất kỳ ai truy cập được cổng này đều có thể tham gia.
# $fingerprint có dạng SHA256:… và phải giữ nguyên.
serve-start-fingerprint = Khóa máy chủ: { $fingerprint } (ssh hiện khóa này ở lần kết nối đầu tiên; người tham gia có thể đối chiếu)
serve-start-key-made = Đã tạo một khóa máy chủ mới và lưu trong { $path }.
serve-start-key-temporary = Không có thư mục dữ liệu: khóa máy chủ này chỉ dùng cho lần chạy này, và lần sau ssh sẽ cảnh báo rằng khóa đã thay đổi.
serve-start-stop = Nhấn Ctrl-C để dừng máy chủ.

## Lỗi khi khởi động

serve-error-listen = “{ $value }” không phải là một địa chỉ kèm cổng. Ví dụ: --listen 0.0.0.0:2222
serve-error-code = Mã phòng gồm từ 1 đến 32 chữ cái, chữ số, - hoặc _.
serve-error-bind = Không thể lắng nghe trên { $address }: { $reason }. Có phải một máy chủ khác đang dùng cổng này? Hãy thử một cổng khác với --listen, ví dụ 0.0.0.0:2223.
serve-error-key = Không dùng được khóa máy chủ { $path } ({ $reason }). Tệp được giữ nguyên như cũ; hãy chuyển nó đi chỗ khác rồi khởi động lại để tạo khóa mới (khi đó ssh của người tham gia sẽ cảnh báo một lần rằng khóa đã thay đổi).
serve-error-key-io = Không đọc hoặc ghi được khóa máy chủ { $path }: { $reason }

## Các dòng sự kiện (khi đầu ra không phải là terminal) và nhật ký của màn hình theo dõi trực tiếp

serve-event-joined = { $who } đã kết nối từ { $peer }
serve-event-started = { $who } chơi bằng ngôn ngữ { $lang }
serve-event-started-plain = { $who } chơi bằng ngôn ngữ { $lang }, chế độ văn bản thuần
serve-event-playing = { $who } bắt đầu { $what ->
    [before] bài kiểm tra trước
    [after] bài kiểm tra sau
    [booster] một vòng ôn tập
   *[other] { $what }
}
serve-event-finished = { $who } đã hoàn thành { $what ->
    [before] bài kiểm tra trước
    [after] bài kiểm tra sau
    [booster] một vòng ôn tập
   *[other] { $what }
}: { $points } trên { $max }
serve-event-left = { $who } đã rời đi
serve-event-wrong-code = { $peer } đã nhập sai mã phòng
serve-event-waits = { $peer } đã nhập sai mã phòng { $count } lần và phải chờ { $seconds } giây
serve-event-full = Đã từ chối { $peer }: phòng đã đầy
serve-event-request = Đã từ chối một yêu cầu chạy lệnh hoặc chuyển tiếp từ { $peer } (máy chủ chỉ chạy trò chơi)
serve-event-too-many = Đã từ chối một kết nối từ { $peer }: có quá nhiều kết nối đang chờ đăng nhập
serve-event-crashed = Phiên của { $who } đã dừng do gặp lỗi ({ $message }); những người khác vẫn chơi tiếp.

## Màn hình theo dõi trực tiếp

serve-live-title = redflag serve: { $count } phiên
serve-live-empty = Chưa có ai tham gia.
serve-live-col-who = Mã
serve-live-col-lang = Ngôn ngữ
serve-live-col-doing = Đang làm
serve-live-col-done = Đã xong
serve-live-col-last = Điểm gần nhất
serve-live-plain = thuần
serve-live-group = Nhóm: { $participants } người tham gia, { $runs } lượt đã xong · nhận ra { $spotted } trên { $flags } dấu hiệu cảnh báo · báo động nhầm { $alarms } trên { $honest }
serve-live-before-after = Bài kiểm tra trước/sau: đúng { $before } % trước, { $after } % sau
serve-live-stop = Nhấn Ctrl-C để dừng máy chủ; mọi người đều nhận được lời chào tạm biệt và các kết quả đã hoàn thành được giữ lại.
serve-screen-languages = đang chọn ngôn ngữ
serve-screen-start = ở màn hình bắt đầu
serve-screen-chat = đang chơi { $what } ({ $step } câu trả lời)
serve-screen-debrief = đang đọc phần tổng kết của { $what }
serve-screen-handbook = đang xem sổ tay
serve-screen-results = đang xem kết quả của mình
serve-screen-quiz = đang làm { $what ->
    [before] bài kiểm tra trước
    [after] bài kiểm tra sau
   *[booster] một vòng ôn tập
}, đã trả lời { $step } câu
serve-screen-involved = đang đọc “Đã lỡ dính vào?”

## Những gì người tham gia thấy

# Lời nhắc của ssh để nhập mã phòng, trước khi trò chơi bắt đầu.
serve-prompt-code = Mã phòng:
serve-room-full = Phòng hiện đã đầy. Vui lòng đợi một phút rồi kết nối lại, hoặc hỏi người điều phối.
serve-not-a-code = “{ $name }” không phải là mã người tham gia. Hãy kết nối bằng mã mà người điều phối đã đưa cho bạn (chữ cái, chữ số, - hoặc _), ví dụ ssh -p 2222 A7@…, hoặc bằng guest để chơi mà không bị ghi lại kết quả.
serve-goodbye = Cảm ơn bạn đã chơi.
serve-idle = Phiên này đã được đóng sau { $minutes } phút không có thao tác phím nào. Hãy kết nối lại để chơi tiếp.
serve-shutdown = Người điều phối đã dừng trò chơi. Cảm ơn bạn đã chơi.
# Thêm vào sau ba thông điệp trên cho người tham gia có mã (không áp dụng cho guest).
serve-saved = Các lượt chơi bạn đã hoàn thành được lưu theo mã của bạn.
