# Kịch bản “take-home-test”: một nhà tuyển dụng của Lumenvault, startup thanh toán xuyên biên giới, nhắn
# trên LinkedIn, gọi một cuộc làm quen ngắn, chuyển sang Telegram hoặc Discord rồi đưa ra một
# bài kiểm tra kỹ thuật có trả phí trong repository của công ty cô ấy.
# Biến: $recruiter (tên một người phụ nữ), $monthly (đô la mỗi tháng), $fee (đô la cho bài
# test), $weekday (tuesday hoặc thursday, dùng cho bộ chọn).
# Giọng: chỉn chu, ấm áp, chuyên nghiệp, câu đầy đủ, không emoji. Cô ấy xưng “tôi”, gọi người
# chơi là “bạn”. Người chơi luôn xưng “mình”, như trong mọi kịch bản. Văn phong không được để
# lộ cô ấy, chỉ có điều cô ấy yêu cầu mới là dấu hiệu.
# Vô hại: đường dẫn tới portfolio công khai, cuộc gọi làm quen trên Google Meet.

take-home-test-title = Một vị trí full-stack tại startup thanh toán xuyên biên giới
take-home-test-summary = Một nhà tuyển dụng trên LinkedIn có vị trí làm từ xa tại một startup thanh toán, kèm bài kiểm tra kỹ thuật có trả phí.
take-home-test-cast-recruiter = { $recruiter }

take-home-test-li-request = Yêu cầu nhắn tin mới trên LinkedIn từ { $recruiter }, Talent Partner tại Lumenvault.
take-home-test-li-hello = Xin chào, cảm ơn bạn đã kết nối. Tôi là { $recruiter }, Talent Partner tại Lumenvault. Chúng tôi xây dựng hạ tầng thanh toán xuyên biên giới bằng stablecoin, và các dự án mã nguồn mở của bạn đã lọt vào mắt CTO của chúng tôi.
take-home-test-li-offer = Chúng tôi đang tuyển kỹ sư full-stack cấp senior: React, Node.js và một phần smart contract. Làm từ xa hoàn toàn, { MONEY($monthly) } mỗi tháng cộng thêm phân bổ token. Quy trình ngắn gọn: một cuộc gọi làm quen, một bài đánh giá kỹ thuật có trả phí ({ MONEY($fee) }), và buổi trao đổi cuối với CTO.
take-home-test-li-portfolio = Trước khi nói chuyện, bạn có thể gửi tôi đường dẫn tới portfolio, hoặc hai ba dự án bạn tâm đắc không? Hồ sơ GitHub của bạn là đủ rồi.

take-home-test-portfolio-choice-share = Được chứ. Đây là GitHub và trang portfolio của mình, có một dashboard thanh toán nhỏ.
take-home-test-portfolio-choice-refuse = Mình không đưa GitHub cho nhà tuyển dụng lạ. Bạn kể về team trước đã nhé.
take-home-test-portfolio-choice-refuse-feedback = GitHub và portfolio của bạn vốn đã công khai, và một đường dẫn tới đó cho thấy công việc của bạn, không phải danh tính của bạn. Thứ cần giữ cho riêng mình là giấy tờ tùy thân và, như câu chuyện sẽ cho thấy, chiếc máy tính của bạn.
take-home-test-portfolio-choice-contract = Dự án của mình để riêng tư cho đến khi ký hợp đồng. Giờ chưa gửi link.
take-home-test-portfolio-choice-contract-feedback = Đường dẫn tới những gì bạn đã công bố thì chẳng lộ gì cả: ai cũng tìm được. Hỏi xin nó là bước đầu bình thường. Những yêu cầu đáng từ chối là giấy tờ, tài khoản hay máy tính của bạn.

take-home-test-portfolio-refused = Tất nhiên rồi. Hồ sơ công khai của bạn là đủ; tôi sẽ chuyển nguyên như vậy cho CTO.

take-home-test-call-ask = Cảm ơn bạn. Chúng ta có thể gọi làm quen 20 phút vào { $weekday ->
    [tuesday] thứ Ba
   *[other] thứ Năm
} được không? Tôi sẽ gửi lời mời Google Meet; nếu bạn thích Zoom hay gọi ngay trên LinkedIn thì cũng được.

take-home-test-call-choice-meet = Được đấy. Bạn gửi lời mời Meet, mình sẽ vào bằng trình duyệt.
take-home-test-call-choice-text = Mình không bao giờ mở link họp từ nhà tuyển dụng. Chỉ chat thôi.
take-home-test-call-choice-text-feedback = Một cuộc gọi trên ứng dụng họp bạn vẫn dùng, mở trong chính trình duyệt của bạn, không chạy thứ gì mới trên máy. Dấu hiệu cảnh báo là một “ứng dụng họp” lạ phải tải về, hay một lệnh phải dán vào, và cô ấy không yêu cầu điều đó.
take-home-test-call-choice-leave = Gọi với người tìm thấy mình trên LinkedIn ư? Thôi, cảm ơn nhé.
take-home-test-call-choice-leave-feedback = Bạn luôn có quyền rời đi, và chẳng có gì của họ lọt vào máy bạn. Nhưng cuộc gọi làm quen trên Google Meet, trong trình duyệt bạn vẫn dùng, là vô hại; yêu cầu đáng từ chối vẫn còn ở phía trước.

take-home-test-call-text = Không sao cả; chúng ta tiếp tục bằng tin nhắn nhé.
take-home-test-call-done = Cuộc gọi: hai mươi phút trên Google Meet, có bật camera. { $recruiter } thân thiện và chuẩn bị kỹ. Cô ấy giới thiệu về team, sản phẩm và mức lương, rồi nói bước tiếp theo là bài đánh giá có trả phí.

take-home-test-move = Cảm ơn bạn đã dành thời gian. Kỹ sư của chúng tôi tổ chức bài đánh giá bên ngoài LinkedIn, trên Telegram hoặc Discord, tùy bạn dùng cái nào. Tôi sẽ thêm bạn vào đó và gửi đề bài.
take-home-test-chat-hello = Chào bạn lần nữa, tôi là { $recruiter } bên Lumenvault. Chào mừng bạn, và cảm ơn bạn đã tham gia.
take-home-test-repo-link = { $recruiter } đã chia sẻ đường dẫn tới một repository: lumenvault-assessment, có README và mô tả bài tập.
take-home-test-task = Bài tập: clone repository, chạy npm install && npm start, rồi sửa lỗi khiến số dư ví hiển thị bằng 0. Mất khoảng 90 phút và được trả { MONEY($fee) } dù kết quả thế nào. Bạn gửi lại trước tối mai được không?

take-home-test-run-choice-run = [Clone repository rồi chạy npm install && npm start trên laptop của bạn]
take-home-test-run-choice-review = Mình sẽ đọc qua code trước, thấy không có gì lạ thì chạy.
take-home-test-run-choice-review-feedback = Đọc code là chưa đủ: phần độc hại thường nằm trong một thư viện phụ thuộc hay một script cài đặt, và npm install chạy nó trước khi bạn kịp mở một file nào.
take-home-test-run-choice-own = Mình không chạy code người ngoài trên laptop. Mình sửa trong repo riêng được không?
take-home-test-run-choice-own-feedback = Đúng. Một bài test thật không cần bạn chạy code của họ trên máy mình: repository của chính bạn, chia sẻ màn hình hay một máy ảo dùng xong bỏ đều được, và nhà tuyển dụng thật sẽ nói rõ cách nào.

take-home-test-pushback = Tôi hiểu sự thận trọng của bạn. Nhưng bài tập chỉ có nghĩa bên trong codebase của chúng tôi, và mọi ứng viên đều chạy cùng một repository để chúng tôi so sánh công bằng. Để bạn yên tâm chúng tôi là thật: đây là trang web, trang công ty và Telegram của Head of Engineering bên tôi. Anh ấy sẽ xác nhận mọi thứ.

take-home-test-proof-choice-trust = Trang web và trang đội ngũ trông rất chỉn chu. Tối nay mình chạy bài test.
take-home-test-proof-choice-trust-feedback = Một trang web bóng bẩy và trang đội ngũ chẳng tốn bao nhiêu với một công ty bình phong. Mọi thứ cô ấy đưa ra làm bằng chứng đều là của cô ấy: trang web, trang công ty, đồng nghiệp. Và kể cả code của một công ty thật cũng không nên chạy trên chiếc laptop chứa ví của bạn.
take-home-test-proof-choice-ask = Head of Engineering bên bạn xác nhận qua email được không? Rồi mình làm tiếp.
take-home-test-proof-choice-ask-feedback = Email từ Head of Engineering của họ đến từ tên miền họ sở hữu và từ người họ chọn: nó lại dẫn về chính cô ấy. Việc kiểm tra chỉ có giá trị khi đi qua kênh cô ấy không kiểm soát.
take-home-test-proof-choice-check = [Tự tra Lumenvault trong sổ đăng ký doanh nghiệp và gọi điện kiểm tra]
take-home-test-proof-choice-check-feedback = Đó mới là bước kiểm tra có giá trị: những nguồn cô ấy không kiểm soát. Và dù kết quả ra sao, code của họ vẫn không nên chạy trên laptop của bạn.

take-home-test-hr-confirm = Một email đến từ Head of Engineering, từ một địa chỉ Lumenvault: “Tôi xác nhận { $recruiter } tuyển dụng cho chúng tôi. Chúng tôi mong nhận bài đánh giá của bạn.”
take-home-test-check-result = Bạn tự tìm Lumenvault. Không sổ đăng ký doanh nghiệp nào có tên này. Số điện thoại trên trang web chỉ dẫn vào hộp thư thoại, tên miền mới vài tháng tuổi, và những người trên trang đội ngũ không để lại dấu vết nào cũ hơn năm nay.

take-home-test-last-msg = Tôi cần bạn quyết định: bài đánh giá đóng vào trưa mai, sau đó vị trí sẽ dành cho ứng viên tiếp theo. Khởi động dự án chỉ mất một phút: npm install && npm start.

take-home-test-last-choice-report = [Không mở repository, chặn cô ấy và báo cáo hồ sơ này với LinkedIn]
take-home-test-last-choice-run = Tháng này có khoản phí đó thì đỡ lắm, mà chỉ một lệnh thôi. Được, mình chạy.
take-home-test-last-choice-install = Mình chỉ chạy npm install để xem nó kéo về những gì, chứ không khởi động app.
take-home-test-last-choice-install-feedback = Chỉ npm install là đủ rồi: các gói có thể tự chạy script ngay khi cài, trước khi có gì được khởi động. Code của họ không nên ở gần chiếc máy có ví, mật khẩu và khóa của bạn.

take-home-test-run-start = npm install chạy một phút và kéo về vài trăm gói. Rồi npm start dừng với lỗi: “Cannot connect to the node provider”. App không mở lên.
take-home-test-not-starting = Chuyện này xảy ra trên một số máy. Bạn chạy npm run setup trước nhé: nó cài đúng phiên bản Node và cấu hình. Rồi khởi động lại; tôi sẽ báo CTO là bạn sắp xong rồi.

take-home-test-again-choice-again = [Chạy npm run setup như cô ấy nói, rồi thử npm start thêm lần nữa]
take-home-test-again-choice-share = Mình gọi nhé: mình chia sẻ màn hình trong lúc chạy setup cho bạn xem.
take-home-test-again-choice-share-feedback = Chia sẻ màn hình chỉ giúp ích khi code là của bạn. Ở đây code của họ vẫn chạy trên laptop của bạn, với các phiên đăng nhập và ví của bạn, trong lúc cô ấy ngồi xem.
take-home-test-again-choice-stop = [Dừng lại. Ngắt mạng laptop, chặn cô ấy và báo cáo hồ sơ]
take-home-test-again-choice-stop-feedback = Đúng, và nhanh. npm install đã chạy code của họ một lần, nên hãy coi chiếc laptop đó không còn an toàn và bảo vệ tài khoản của bạn từ một thiết bị khác.

take-home-test-drained = Ba ngày sau, ví crypto của bạn trống rỗng. Mọi token đã chuyển tới một địa chỉ bạn không hề biết.
take-home-test-github-used = GitHub gửi thư cho bạn: một access token của bạn đã được dùng từ một nơi lạ để đọc các repository riêng tư và push vào một dự án bạn đang duy trì.
take-home-test-compromised = Bài đánh giá của họ chính là cuộc tấn công: ngay khi chạy, code của họ có thể đọc các phiên đăng nhập trình duyệt, mật khẩu đã lưu, ví và token GitHub của bạn. Những buổi phỏng vấn giả này được dựng lên cho những lập trình viên muốn làm tốt công việc, và người cẩn thận cũng có thể mắc bẫy. Hãy hành động ngay, từ một thiết bị khác: chuyển phần còn lại sang ví mới, thu hồi token và khóa, đổi mật khẩu, báo cho những người dùng repository của bạn, và cài lại hệ thống trên laptop trước khi tin dùng nó lần nữa. Trang “Đã lỡ dính vào?” (nhấn I, hoặc gõ redflag involved) sẽ hướng dẫn các bước tiếp theo.

take-home-test-cleanup = Từ điện thoại và một máy tính khác, bạn chuyển crypto sang ví mới, thu hồi token GitHub và khóa SSH, rồi đổi mật khẩu. Hai ngày sau, GitHub báo có người thử đăng nhập bằng một token cũ. Nó không còn dùng được nữa.
take-home-test-reported-after-run = Bạn dừng lại sau lần chạy đầu, chặn và báo cáo cô ấy mà không báo trước. npm install đã chạy code của họ, nên hãy cài lại hệ thống trên laptop, hoặc nhờ người bạn tin kiểm tra, trước khi đăng nhập vào bất cứ đâu từ máy đó. Hành động nhanh đã giữ được ví và các repository của bạn. Trang “Đã lỡ dính vào?” (nhấn I) có các bước tiếp theo.

take-home-test-walked-away-early = Bạn kết thúc cuộc trò chuyện trước khi bất kỳ đoạn code nào của họ tới được máy bạn. Không có gì của họ chạy trên máy bạn.
take-home-test-reported = Bạn chặn cô ấy và báo cáo hồ sơ mà không báo trước. Không có gì của họ chạy trên máy bạn, và LinkedIn có thể xem xét tài khoản này trước khi nó nhắn cho lập trình viên tiếp theo.

take-home-test-fine-identity-docs = Gửi đường dẫn tới GitHub hay portfolio là ổn: cả hai đều công khai và cho thấy công việc của bạn, không phải danh tính. Yêu cầu đáng từ chối đến sau, và nó nhắm vào chiếc máy tính của bạn.
take-home-test-fine-runs-their-code = Cuộc gọi làm quen là ổn: Google Meet trong trình duyệt bạn vẫn dùng không chạy gì mới trên máy. Khác biệt nằm ở bài test: clone repository của họ và chạy nó trên chiếc laptop chứa ví và khóa của bạn.
