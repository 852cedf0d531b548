# “redflag new”: chú thích và câu chuyện mẫu của một kịch bản mới. Chú thích giải thích từng
# phần của định dạng cho tác giả; các văn bản mẫu là một câu chuyện nhỏ để thay thế.
# Từ khóa của định dạng (next:, goto, spotted, missed, trusted, false_alarm…) giữ nguyên.

new-created = Đã tạo { $path }
new-exists = { $path } đã tồn tại; redflag new không bao giờ ghi đè lên tệp. Hãy chọn id khác hoặc xóa tệp đó.
new-bad-id = “{ $id }” không thể là id kịch bản: hãy dùng chữ thường, chữ số và dấu gạch ngang đơn, bắt đầu bằng một chữ cái.
new-next-steps = Tiếp theo: sửa cả hai tệp, rồi chạy “redflag check { $dir }” và “redflag --scenarios { $dir } play { $id }”.

new-ron-intro = Một kịch bản mới. Tệp này chỉ chứa cấu trúc; mọi chữ người chơi đọc đều nằm trong locales/en/{ $id }.ftl.
new-ron-id = Id: chữ thường, chữ số và dấu gạch ngang. Đó cũng là tên của tệp này và của tệp .ftl đi kèm.
new-ron-version = Tăng version mỗi khi bạn thay đổi câu chuyện, để có thể phân biệt kết quả của các lượt chơi cũ.
new-ron-perspective = freelancer (người chơi được tiếp cận) hoặc hiring (người chơi tuyển người).
new-ron-legitimate = false cho một vụ lừa đảo; true cho một lời mời đàng hoàng chỉ trông có vẻ đáng ngờ.
new-ron-difficulty = easy, medium hoặc hard; và số phút người chơi cần, ước chừng.
new-ron-vars = Các giá trị được rút cho mỗi lượt chơi và truyền vào mọi thông điệp: một cái tên từ danh sách trong pools.ftl, một số tiền trong một khoảng, hoặc một lựa chọn từ một danh sách.
new-ron-cast = Những người mà người chơi trò chuyện cùng. Tên của mỗi người là thông điệp <scenario>-cast-<person>.
new-ron-channels = Nơi cuộc trò chuyện diễn ra; kênh đầu tiên là nơi nó bắt đầu. Xem tất cả các kênh trong data/channels.ron.
new-ron-nodes = Cuộc trò chuyện, theo thứ tự. Một nút chảy sang nút kế tiếp, trừ khi nó ghi next: "some-id".
new-ron-message = Một tin nhắn từ một nhân vật; delay là số mili giây hiện “đang soạn tin…” trước khi tin nhắn xuất hiện.
new-ron-choice = Người chơi trả lời. Mỗi lựa chọn cho biết câu chuyện đi đâu (goto) và nó xử lý một yêu cầu thế nào: spotted hoặc missed với dấu hiệu cảnh báo thật, trusted hoặc false_alarm với yêu cầu vô hại chỉ trông giống vậy (kịch bản lừa đảo cũng có những yêu cầu như thế). Hãy viết mọi lựa chọn cẩn thận như nhau và dài xấp xỉ nhau: câu đúng không được là câu dài nhất. feedback: true hiện <kịch bản>-<nút>-<lựa chọn>-feedback ngay sau đó.
new-ron-switch = Cuộc trò chuyện chuyển sang một kênh khác; người chơi thấy việc chuyển kênh diễn ra.
new-ron-event = Một thông báo hệ thống, chẳng hạn một tệp được gửi đến hay một tài khoản bị đình chỉ. Biểu tượng: info, file, warning, money, lock.
new-ron-ending = Các kết thúc: walked_away, reported, hired, safe, compromised hoặc missed_opportunity.

new-ftl-intro = Mọi chữ của kịch bản “{ $id }”. Các id lấy từ tệp .ron: <scenario>-<node>, và <scenario>-<node>-<option> cho các câu trả lời. Biến từ vars: được viết là { $name }.
new-sample-title = Một kịch bản mới
new-sample-summary = Một dòng về công việc, như người chơi sẽ thấy trong danh sách.
new-sample-hello = Xin chào! Tôi thích hồ sơ của bạn. Chúng tôi trả { $rate } đô la mỗi giờ. Bạn gửi tôi đường dẫn portfolio được không?
new-sample-portfolio-choice-share = Được chứ, đây là đường dẫn tới portfolio công khai và GitHub của tôi.
new-sample-portfolio-choice-refuse = Xin lỗi, tôi không gửi đường dẫn cho người tôi chưa quen.
new-sample-portfolio-choice-refuse-feedback = Đường dẫn portfolio là công khai và cho thấy công việc của chính bạn: chia sẻ nó là chuyện bình thường.
new-sample-portfolio-choice-later = Chỉ khi chúng ta đã ký hợp đồng ở đây thôi, xin lỗi.
new-sample-portfolio-choice-later-feedback = Portfolio công khai vốn để khách hàng xem; giữ nó lại chỉ khiến bạn mất việc.
new-sample-move = Cảm ơn! Mình chuyển sang Telegram nhé, ở đó nhanh hơn.
new-sample-move-choice-stay = Tôi muốn nói chuyện ở đây cho đến khi có hợp đồng.
new-sample-move-choice-stay-feedback = Trước khi có hợp đồng, nền tảng là thứ bảo vệ bạn.
new-sample-move-choice-go = Được, Telegram cũng tiện hơn cho tôi. Hẹn gặp bên đó.
new-sample-move-choice-halfway = Được, nhưng chỉ để trò chuyện; hợp đồng vẫn ở đây.
new-sample-ask = Tuyệt! Bạn cài giúp công cụ nhỏ này để đội chúng tôi hỗ trợ bạn thiết lập nhé.
new-sample-file = { $contact } đã gửi cho bạn một tệp: RemoteHelper.exe
new-sample-install-choice-install = Được, tôi cài ngay để đội của bạn giúp tôi thiết lập.
new-sample-install-choice-refuse = [Chặn tài khoản và báo cáo cuộc trò chuyện với Upwork]
new-sample-install-choice-watch = Được, nhưng chỉ khi tôi tự theo dõi màn hình.
new-sample-walked-away = Bạn giữ cuộc trò chuyện trên nền tảng và rời đi.
new-sample-reported = Bạn đã chặn tài khoản và báo cáo cuộc trò chuyện.
new-sample-compromised = Giờ một người lạ đang điều khiển máy tính của bạn. Xem mục “Đã lỡ dính vào?” để biết cần làm gì ngay.

new-sample-fine-identity-docs = Đường dẫn portfolio là công khai và cho thấy công việc của chính bạn; đó không phải giấy tờ mà ai đó có thể dùng để mạo danh bạn.

## “redflag ids”: mỗi biểu tượng sự kiện cho thấy gì, và một danh sách tên có bao nhiêu tên.

ids-icon-info = một ghi chú: có điều gì đó đã xảy ra (mặc định)
ids-icon-file = một tệp đã được gửi hoặc chia sẻ
ids-icon-warning = một cảnh báo từ nền tảng hoặc hệ thống
ids-icon-money = tiền đã được trả, được yêu cầu hoặc được chuyển
ids-icon-lock = một tài khoản, một lần đăng nhập hoặc một bước kiểm tra
ids-pool-names = { $count } tên
