# Giao diện: các chữ xung quanh cuộc trò chuyện. Tiếng Anh là ngôn ngữ gốc;
# mọi ngôn ngữ khác dịch các id này. Người chơi được gọi là “bạn”.

# Tên của ngôn ngữ bằng chính ngôn ngữ đó, hiện trong phần chọn ngôn ngữ.
language-name = Tiếng Việt

# Hiện thay cho một đoạn văn bản không có ở ngôn ngữ nào (lỗi nội dung, không phải lỗi người chơi).
missing-text = [thiếu nội dung]

## Cuộc trò chuyện

chat-starts-on = Cuộc trò chuyện bắt đầu trên { $channel }.
chat-moves = Cuộc trò chuyện chuyển từ { $from } sang { $to }.
# Tên của chính người chơi trong cuộc trò chuyện.
chat-you = Bạn

## Kết quả và những gì người chơi đã làm

outcome-walked-away = Bạn đã rút lui
outcome-reported = Bạn đã rút lui và báo cáo
outcome-hired = Bạn đã nhận được việc, một cách an toàn
outcome-safe = Bạn vẫn an toàn
outcome-compromised = Lần này trò lừa đảo đã thành công
outcome-missed-opportunity = Bạn đã từ chối một lời mời làm việc đàng hoàng

assessment-spotted = đã nhận ra
assessment-missed = đã bỏ sót
assessment-false-alarm = báo động nhầm
assessment-trusted = tin tưởng đúng chỗ

perspective-freelancer = freelancer
perspective-hiring = bên tuyển dụng
difficulty-easy = dễ
difficulty-medium = trung bình
difficulty-hard = khó

## Phần tổng kết

debrief-outcome = Kết quả: { $outcome }
# Giữ dạng “điểm/tối đa” (ví dụ 7/10) ở mọi ngôn ngữ.
debrief-score = Điểm: { $points }/{ $max }
debrief-seed = Seed: { $seed } (chơi lại đúng lượt này với --seed { $seed })
debrief-seed-page = Seed: { $seed } (để chơi lại lượt này, thêm ?seed={ $seed } vào địa chỉ của trang)
debrief-no-flags = Lượt chơi này không có dấu hiệu cảnh báo nào.
debrief-heading = Tổng kết
debrief-flags-heading = Các dấu hiệu cảnh báo trong cuộc trò chuyện này
debrief-quote = Ở đây: “{ $text }”
debrief-fine-heading = Trông có vẻ rủi ro, nhưng không sao, và vì sao
debrief-ahead-heading = Điều gì sẽ đến tiếp theo
debrief-ahead = Bạn đã rời đi sớm, và đó là lựa chọn an toàn. Nếu ở lại, bạn sẽ gặp thêm { $count } dấu hiệu cảnh báo:
debrief-why = Vì sao điều này quan trọng: { $text }
debrief-instead = Nên làm gì thay vào đó: { $text }
debrief-sources = Nguồn: { $text }

## Danh sách

# Thông tin về một kịch bản trong danh sách. Tiếng Việt không chia số nhiều.
list-facts = { $perspective }, { $difficulty }, { $minutes } phút
list-pack = [gói: { $pack }]
list-empty = Không tìm thấy kịch bản nào.

## Chế độ văn bản thuần

plain-title = === { $title } ===
plain-channel = * { $text }
plain-message = [{ $channel }] { $name }: { $text }
plain-notice = [{ $channel }] ({ $kind ->
    [file] tệp
    [warning] cảnh báo
    [money] thanh toán
    [lock] tài khoản
   *[other] thông báo
}) { $text }
plain-feedback = >> { $text }
plain-narration = { $text }
plain-end = === { $outcome } ===
    { $text }
plain-menu-heading = Chọn một kịch bản (nhập số thứ tự, hoặc q để thoát):
plain-bad-input = Vui lòng nhập một số từ 1 đến { $max }, hoặc q để thoát.

## Sự cố khi chơi

play-unknown-scenario = Không có kịch bản nào tên là “{ $name }”. { $suggestion ->
    [none] Chạy “redflag list” để xem tất cả.
   *[other] Có phải ý bạn là “{ $suggestion }”? Chạy “redflag list” để xem tất cả.
}
play-skipped = cảnh báo: { $location }: { $message }
engine-error = Kịch bản này không thể tiếp tục: { $reason }. Vui lòng báo cho tác giả (chạy “redflag check”).
engine-missing-node = câu chuyện trỏ tới “{ $name }”, nhưng nút này không tồn tại
engine-stuck = câu chuyện lặp vòng tại “{ $name }” mà không có câu hỏi nào
engine-no-options = tại “{ $name }” không có câu trả lời nào khả dụng
engine-bad-choice = câu trả lời này không có
engine-ended = câu chuyện đã kết thúc
io-error = Không thể ghi hoặc đọc: { $reason }

## Chế độ theo dõi (redflag play --watch, dành cho tác giả)

watch-playing = === { $title } (seed { $seed }; lưu một tệp để chơi lại) ===
watch-reloaded = *** Các tệp đã thay đổi: bắt đầu lại. ***
watch-broken = *** Kịch bản không thể chơi được ở trạng thái hiện tại: ***
watch-waiting = *** Đang chờ bạn lưu một thay đổi (q để thoát). ***

## Cách viết số và số tiền, cho { GROUPED($n) } và { MONEY($amount) } trong mọi thông điệp
number-money = ${ $amount }
lang-unknown = redflag chưa có “{ $lang }”, nên tiếp tục bằng tiếng Anh. Các ngôn ngữ: { $langs }. Một gói có thể thêm ngôn ngữ: redflag --scenarios THƯ_MỤC --lang { $lang }
