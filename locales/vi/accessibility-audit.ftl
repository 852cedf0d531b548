# Kịch bản “legit-email-after-contract”: một khách hàng đàng hoàng. Biến: $client (tên một người
# đàn ông), $budget (đô la, giá cố định), $share (đô la, thù lao của một nhà thiết kế),
# $weekday (tuesday hoặc thursday).
# Khách hàng là nam, trưởng sản phẩm của một công ty phần mềm nhỏ. Anh viết lịch sự, câu đủ ý,
# không dùng emoji, xưng “tôi” và gọi người chơi là “bạn”. Người chơi xưng “mình”, gọi anh là
# “anh”. Bộ phận kế toán viết email ngắn, trang trọng, xưng “chúng tôi”.

legit-email-after-contract-title = Đánh giá accessibility cho một ứng dụng đặt lịch
legit-email-after-contract-summary = Một trưởng sản phẩm liên hệ bạn trên LinkedIn về sáu tuần làm accessibility (khả năng tiếp cận) cho một ứng dụng React.
legit-email-after-contract-cast-client = { $client }
legit-email-after-contract-cast-accounts = Fernhill Logistics – Kế toán

legit-email-after-contract-request = Yêu cầu nhắn tin mới trên LinkedIn từ { $client }, trưởng sản phẩm tại Fernhill Logistics. Hai bạn có hai người quen chung.
legit-email-after-contract-hello = Chào bạn! Tôi là { $client }, trưởng sản phẩm tại Fernhill Logistics, một công ty nhỏ làm phần mềm đặt lịch cho các hãng giao hàng. Tôi đã đọc bài viết của bạn về đánh giá accessibility cho ứng dụng React và thấy thật sự hữu ích.
legit-email-after-contract-project = Chúng tôi cần đánh giá accessibility cho ứng dụng đặt lịch của mình, sau đó là phần sửa lỗi: khoảng sáu tuần làm việc. Bạn có quan tâm không?
legit-email-after-contract-upwork = Chúng tôi thuê mọi người làm tự do qua Upwork, để hợp đồng và thanh toán được bảo vệ cho cả hai bên. Nếu bạn đồng ý, tôi sẽ mời bạn vào tin tuyển dụng của chúng tôi ở đó. Hồ sơ Upwork của bạn có cùng tên với tài khoản này không?

legit-email-after-contract-linkedin-choice-accept = Có, cùng tên anh ạ. Anh cứ gửi lời mời trên Upwork, hôm nay mình trả lời ở đó.
legit-email-after-contract-linkedin-choice-check = Nghe thú vị đó. Mình sẽ xem trang công ty và tin tuyển dụng của anh trước rồi trả lời.
legit-email-after-contract-linkedin-choice-check-feedback = Thói quen tốt. Ở đây việc kiểm tra xác nhận câu chuyện: một công ty thật, một tin tuyển dụng công khai, và một khách hàng muốn hợp đồng nằm trên nền tảng.
legit-email-after-contract-linkedin-choice-refuse = Cảm ơn anh, nhưng mình không nhận việc từ người lạ trên LinkedIn. Ở đó có quá nhiều nhà tuyển dụng giả.
legit-email-after-contract-linkedin-choice-refuse-feedback = Cẩn thận là tốt, nhưng hãy nhìn hướng đi: khách hàng này đưa bạn vào nền tảng, chứ không kéo bạn ra khỏi nó. Dấu hiệu cảnh báo là bị hối thúc rời nền tảng sang một kênh chat riêng trước khi có hợp đồng.

legit-email-after-contract-no-pressure = Hoàn toàn dễ hiểu. Tin tuyển dụng được đăng công khai trên Upwork dưới tên công ty chúng tôi, “Đánh giá accessibility và sửa lỗi cho ứng dụng đặt lịch React”, nếu bạn muốn tự tìm xem. Không có áp lực gì cả.
legit-email-after-contract-second-choice-look = Mình tìm thấy tin đăng trên Upwork rồi, khớp hết. Được, anh gửi lời mời cho mình ở đó nhé.
legit-email-after-contract-second-choice-apply = Mình sẽ tự gửi đề xuất vào tin đăng đó, để mọi thứ bắt đầu trên Upwork.
legit-email-after-contract-second-choice-ignore = Tin tuyển dụng cũng dễ dựng lên như một tin nhắn thôi. Mình xin thôi, cảm ơn anh.

legit-email-after-contract-invite = Fernhill Logistics đã mời bạn vào công việc “Đánh giá accessibility và sửa lỗi cho ứng dụng đặt lịch React”. Phương thức thanh toán của khách hàng đã được xác minh.
legit-email-after-contract-up-hello = Cảm ơn bạn đã sang đây! Như đã hứa: giá cố định { MONEY($budget) }, chia thành ba mốc, mốc đầu tiên là báo cáo đánh giá.
legit-email-after-contract-offer = { $client } đã gửi cho bạn một lời mời hợp đồng trên Upwork: giá cố định { MONEY($budget) }, ba mốc thanh toán.
legit-email-after-contract-accepted = Bạn đã chấp nhận hợp đồng. Mốc đầu tiên đã được nạp tiền và được Upwork giữ cho đến khi bạn bàn giao.
legit-email-after-contract-email = Chào mừng bạn vào nhóm! Giờ hợp đồng đã xong: nhóm chúng tôi làm việc chủ yếu qua email, vậy ta chuyển các câu hỏi hằng ngày sang đó được không? Tôi sẽ viết cho bạn từ địa chỉ công việc. Tất nhiên các mốc, sản phẩm cần duyệt và mọi khoản thanh toán vẫn ở đây, trên Upwork.

legit-email-after-contract-email-choice-accept = Được anh, email tiện cho việc hằng ngày. Thanh toán vẫn ở đây, như anh nói.
legit-email-after-contract-email-choice-ask = Mình đồng ý. Chỉ xác nhận lại: các mốc và thanh toán vẫn ở trên Upwork, đúng không anh?
legit-email-after-contract-email-choice-ask-feedback = Đúng là điều nên xác nhận, và khách hàng đã nói rõ từ trước. Khi hợp đồng đã ký và thanh toán nằm trên nền tảng, dùng email cho việc hằng ngày là bình thường và an toàn.
legit-email-after-contract-email-choice-refuse = Mình muốn giữ mọi tin nhắn trên Upwork hơn, để có bằng chứng nếu có chuyện gì.
legit-email-after-contract-email-choice-refuse-feedback = Bạn có quyền làm vậy, và khách hàng đồng ý. Dù vậy: hợp đồng đã ký và thanh toán vẫn trên Upwork, nên dùng email cho việc hằng ngày lẽ ra vẫn an toàn. Rủi ro là chuyển kênh trước khi có hợp đồng, hoặc chuyển cả việc thanh toán.

legit-email-after-contract-stay-here = Không sao cả, vậy ta giữ mọi thứ ở đây trên Upwork.

legit-email-after-contract-email-in = Email mới từ { $client }, gửi từ một địa chỉ của Fernhill Logistics, tiêu đề có tên hợp đồng trên Upwork.
legit-email-after-contract-email-hello = Tiêu đề: Khởi động – dự án accessibility. Chào bạn! Như đã hứa, đây là địa chỉ công việc của tôi. Tôi đính kèm hướng dẫn phong cách và một tài khoản thử nghiệm cho trang staging.
legit-email-after-contract-kickoff = Ta có thể gọi video khởi động 30 phút vào { $weekday ->
    [tuesday] thứ Ba
   *[thursday] thứ Năm
} với lập trình viên và nhà thiết kế của chúng tôi không? Tôi sẽ gửi lời mời qua lịch.
legit-email-after-contract-kickoff-choice-accept = { $weekday ->
    [tuesday] Thứ Ba
   *[thursday] Thứ Năm
} mình được. Mình sẽ chuẩn bị sẵn vài câu hỏi về quy trình đặt lịch.
legit-email-after-contract-kickoff-choice-agenda = Rất sẵn lòng. Anh gửi kèm một chương trình ngắn trong lời mời được không?
legit-email-after-contract-kickoff-choice-refuse = Mình không muốn gọi video ngoài Upwork lắm. Mình khởi động bằng văn bản được không?
legit-email-after-contract-kickoff-choice-refuse-feedback = Sau khi ký hợp đồng, tự mình gặp nhóm của khách hàng qua công cụ lịch quen thuộc của họ là chuyện bình thường. Dấu hiệu cảnh báo sẽ là cài phần mềm điều khiển từ xa, giao tài khoản, hoặc nhận tiền ngoài nền tảng.
legit-email-after-contract-agenda-reply = Tất nhiên: giới thiệu, các luồng sử dụng chính của ứng dụng, và cách bạn muốn nhận góp ý. Tôi đã ghi trong lời mời.
legit-email-after-contract-no-kickoff = Không sao. Tôi sẽ viết phần giới thiệu trong một email và cc cả nhóm.

legit-email-after-contract-accounts-mail = Email mới từ Fernhill Logistics – Kế toán, có cc { $client }.
legit-email-after-contract-accounts-ask = Xin chào, tôi phụ trách hồ sơ nhà cung cấp tại Fernhill. Để ghi sổ, chúng tôi cần thông tin xuất hóa đơn của bạn cho hợp đồng này: tên doanh nghiệp, địa chỉ kinh doanh và mã số thuế (hoặc mã số VAT), đúng như trên hóa đơn của bạn. Nếu bạn điền chúng trong phần cài đặt thuế trên Upwork, chúng sẽ hiện trên hóa đơn của Upwork; một hóa đơn PDF do bạn gửi cũng được. Chúng tôi không cần giấy tờ tùy thân nào.
legit-email-after-contract-verify-choice-reply = Vâng. Đây là tên doanh nghiệp, địa chỉ và mã số thuế của mình, như trên hóa đơn.
legit-email-after-contract-verify-choice-confirm = Vâng. Mình chỉ hỏi nhanh { $client } để chắc đây đúng là bộ phận kế toán bên anh ấy.
legit-email-after-contract-verify-choice-confirm-feedback = Phản xạ tốt với một người gửi mới: kiểm tra qua một kênh bạn đã tin. Ở đây câu trả lời là có, và thứ được hỏi chỉ là thông tin hóa đơn bình thường cho một hợp đồng đã ký.
legit-email-after-contract-verify-choice-refuse = Mình không bao giờ gửi mã số thuế qua email. Có quá nhiều email lừa đảo hỏi đúng thứ đó.
legit-email-after-contract-verify-choice-refuse-feedback = Thông tin doanh nghiệp của chính bạn trên hóa đơn cho một hợp đồng đã ký là việc kế toán bình thường. Dấu hiệu cảnh báo là bị đòi bản scan hộ chiếu hay giấy tờ cá nhân, nhất là trước khi có hợp đồng.
legit-email-after-contract-confirmed = Đúng, đó là bộ phận kế toán của chúng tôi. Cảm ơn bạn đã kiểm tra, làm vậy là đúng.
legit-email-after-contract-accounts-fine = Không sao. Nếu bạn điền thông tin trong phần cài đặt thuế trên Upwork, chúng tôi sẽ lấy từ hóa đơn của Upwork.

legit-email-after-contract-client-asks = Một việc hành chính nhỏ: kế toán của chúng tôi cần thông tin xuất hóa đơn của bạn để ghi sổ, tức là tên doanh nghiệp, địa chỉ và mã số thuế, giống như trên hóa đơn của bạn. Nếu bạn đã điền trong phần cài đặt thuế trên Upwork thì chúng đã hiện trên hóa đơn của Upwork rồi. Không cần giấy tờ tùy thân, chỉ thông tin hóa đơn thôi.
legit-email-after-contract-invoice-choice-send = Vâng, đây anh, đúng y như trên những hóa đơn mình vẫn xuất.
legit-email-after-contract-invoice-choice-upwork = Mình sẽ điền vào phần cài đặt thuế trên Upwork, để chúng hiện trên hóa đơn của Upwork.
legit-email-after-contract-invoice-choice-upwork-feedback = Một cách gọn gàng: dữ liệu nằm đúng nơi hóa đơn được lập. Gửi qua email cho một hợp đồng đã ký cũng hoàn toàn ổn.
legit-email-after-contract-invoice-choice-refuse = Mình không muốn đưa mã số thuế cho ai. Kẻ lừa đảo hay gom những thông tin như vậy.
legit-email-after-contract-invoice-choice-refuse-feedback = Tên doanh nghiệp và mã số thuế vốn nằm trên hóa đơn của bạn; khách hàng cần chúng cho một hợp đồng đã ký. Dấu hiệu cảnh báo là bị đòi bản scan hộ chiếu hay giấy tờ cá nhân “để thiết lập mọi thứ”.
legit-email-after-contract-client-fine = Tôi hiểu. Có thể sau này kế toán của chúng tôi sẽ hỏi lại qua Upwork, nhưng việc đó không làm chậm công việc.

legit-email-after-contract-paid = Hai tuần sau, trên Upwork: “Mốc 1 đã được duyệt. Đã giải ngân thanh toán.”
legit-email-after-contract-thanks = Báo cáo đánh giá rất xuất sắc, cảm ơn bạn! Cả nhóm đang làm theo danh sách của bạn.

legit-email-after-contract-designer = Còn một câu hỏi trước mốc 2. Phần sửa màu cần một nhà thiết kế, và chúng tôi muốn mời lại một chị làm tự do từng hợp tác; chị ấy không dùng Upwork. Cho đỡ giấy tờ: tôi cộng thù lao { MONEY($share) } của chị ấy vào mốc 2 của bạn, rồi bạn trả lại cho chị ấy từ khoản đó, được không?
legit-email-after-contract-designer-choice-forward = Được anh. Anh cứ cộng vào mốc 2, ngày Upwork giải ngân là mình trả chị ấy luôn.
legit-email-after-contract-designer-choice-forward-feedback = Khách hàng có ý tốt, nhưng bạn sẽ nhận tiền thay cho người khác rồi chuyển tiếp. Đó chính là kiểu người ta dùng để dụ người làm “con la tiền” (money mule), và mọi thứ đều chạy qua tài khoản và sổ sách của bạn.
legit-email-after-contract-designer-choice-favour = Thôi được, coi như giúp dự án. Mình sẽ chuyển phần của chị ấy ngay.
legit-email-after-contract-designer-choice-favour-feedback = Giúp đỡ là tốt, nhưng tiền đi qua tài khoản của bạn cho người khác sẽ được tính là của bạn. Cách sạch sẽ là một hợp đồng trực tiếp giữa khách hàng và nhà thiết kế.
legit-email-after-contract-designer-choice-direct = Mình không muốn chuyển tiền hộ người khác. Anh trả trực tiếp cho chị ấy được không?
legit-email-after-contract-designer-choice-direct-feedback = Đúng vậy: bạn chỉ nhận tiền cho công việc của chính mình. Và hãy để ý khách hàng nhận lời từ chối nhẹ nhàng thế nào; một khách hàng đàng hoàng phản ứng như vậy.
legit-email-after-contract-designer-added = Cảm ơn bạn, đỡ cho chúng tôi nhiều lắm. Tôi đã cộng thù lao của chị ấy vào mốc 2.
legit-email-after-contract-designer-ok = Hợp lý, và kế toán của chúng tôi cũng thích vậy hơn. Tôi sẽ làm hợp đồng riêng với chị ấy.

legit-email-after-contract-next-milestone = Mốc 2 đã được nạp tiền trên Upwork, bạn sẵn sàng lúc nào thì bắt đầu sửa lỗi lúc đó.

legit-email-after-contract-hired = Bạn có việc và khoản thanh toán đầu tiên. Tin nhắn LinkedIn dẫn bạn vào Upwork, hợp đồng có trước, email chỉ đến sau đó, thứ duy nhất được hỏi là thông tin vốn nằm trên hóa đơn, và nhà thiết kế được trả trực tiếp.
legit-email-after-contract-hired-forwarded = Bạn có việc và khoản thanh toán đầu tiên, từ một khách hàng đàng hoàng. Chỉ một điều nên thay đổi: thù lao của nhà thiết kế giờ đi qua tài khoản của bạn. Tiền bạn nhận rồi chuyển tiếp cho người khác được tính là của bạn, và đó cũng là kiểu người ta dùng để dụ người làm “con la tiền”. Lần sau, hãy đề nghị một hợp đồng trực tiếp cho người kia.
legit-email-after-contract-missed-early = Bạn đã bỏ lỡ một khách hàng đàng hoàng. Cẩn thận với người lạ là hợp lý; nhưng ở đây khách hàng đang đưa bạn vào nền tảng, tức là hướng an toàn. Lần sau, hãy tìm tin tuyển dụng trước khi quyết định.

legit-email-after-contract-fine-off-platform = Tin nhắn LinkedIn đưa bạn vào Upwork chứ không kéo bạn ra, và việc chuyển sang email chỉ đến sau khi hợp đồng đã ký, mọi khoản thanh toán vẫn ở trên nền tảng. Điều tạo nên khác biệt là hướng đi của việc chuyển kênh và thời điểm của nó.
legit-email-after-contract-fine-identity-docs = Tên doanh nghiệp, địa chỉ và mã số thuế vốn có trên mọi hóa đơn, và khách hàng có hợp đồng đã ký cần chúng để ghi sổ. Nếu bị đòi bản scan hộ chiếu hay giấy tờ cá nhân, trước khi có hợp đồng hoặc qua chat, thì lại là chuyện khác.
