# Bài kiểm tra trước/sau, các vòng ôn tập và bản tổng hợp của người điều phối.

quiz-heading-before = Kiểm tra trước workshop: { $count } tin nhắn
quiz-heading-after = Kiểm tra sau workshop: { $count } tin nhắn
quiz-heading-booster = Vòng ôn tập: { $count } tin nhắn
quiz-intro = Với mỗi tin nhắn: đó là lừa đảo hay đàng hoàng, và bạn chắc chắn đến mức nào? Có những tin nhắn là thật. Nhập số rồi nhấn Enter; q để dừng.
quiz-item = [{ $index }/{ $count }] { $channel } · { $name }:
quiz-verdict-question = Lừa đảo hay đàng hoàng?
quiz-verdict-scam = Lừa đảo
quiz-verdict-legitimate = Đàng hoàng
quiz-confidence-question = Bạn chắc chắn đến mức nào?
quiz-confidence-1 = 1 – chỉ đoán thôi
quiz-confidence-2 = 2 – không chắc lắm
quiz-confidence-3 = 3 – khá chắc
quiz-confidence-4 = 4 – rất chắc
quiz-confidence-5 = 5 – hoàn toàn chắc chắn
quiz-feedback-right = Đúng: { $answer }. { $why }
quiz-feedback-wrong = Lần này chưa đúng: đây là { $answer }. { $why }
quiz-done = Xong: đúng { $right } trên { $count }. Cảm ơn bạn!
quiz-no-items = Không có câu kiểm tra nào (data/quiz.ron).

booster-offer = Đã { $days } ngày trôi qua: một vòng ôn tập ngắn giúp giữ những gì bạn đã học. Bắt đầu bằng: redflag booster
booster-nothing = Hiện chưa có gì cần luyện tập.
booster-flags = Đang luyện tập: { $flags }

# Tiếng Việt không chia số nhiều.
workshop-heading = Tổng hợp workshop ({ $files } tệp)
workshop-file-skipped = Đã bỏ qua { $path }: { $reason }
workshop-why-too-large = tệp có { $size } byte; chỉ đọc tối đa { $limit }
workshop-why-csv-columns = tệp thiếu các cột của một bản xuất CSV từ redflag: { $columns }
workshop-why-csv-value = dòng { $line }: “{ $value }” không thể là giá trị của cột { $column }
workshop-no-files = Không tệp nào đọc được dưới dạng kết quả redflag đã xuất.

tui-results-heading = Kết quả của bạn
tui-results-keys = Lên/Xuống cuộn   PgUp/PgDn trang   Trái/Phải cột   Esc quay lại
tui-quiz-heading = Lừa đảo hay đàng hoàng? Bài kiểm tra
tui-quiz-keys = Lên/Xuống chọn   Enter xác nhận   1-5 trả lời   Esc rời đi không lưu
tui-quiz-stage-question = Bạn làm bài này vào lúc nào?
tui-quiz-stage-before = Trước workshop
tui-quiz-stage-after = Sau workshop
tui-quiz-stage-booster = Vòng ôn tập (các dấu hiệu cảnh báo cần luyện tập)
tui-quiz-next = Tiếp
tui-quiz-back = Về danh sách
