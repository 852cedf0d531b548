# Kịch bản “accessibility-audit”: một khách hàng đàng hoàng. Biến: $client (tên một người
# đàn ông), $budget (đô la, giá cố định), $share (đô la, thù lao của một nhà thiết kế),
# $weekday (tuesday hoặc thursday).
# Khách hàng là nam, trưởng sản phẩm của một công ty phần mềm nhỏ. Anh viết lịch sự, câu đủ ý,
# không dùng emoji, xưng “tôi” và gọi người chơi là “bạn”. Người chơi xưng “mình”, gọi anh là
# “anh”. Bộ phận kế toán viết email ngắn, trang trọng, xưng “chúng tôi”.

accessibility-audit-title = Đánh giá accessibility cho một ứng dụng đặt lịch
accessibility-audit-summary = Một trưởng sản phẩm liên hệ bạn trên LinkedIn về sáu tuần làm accessibility (khả năng tiếp cận) cho một ứng dụng React.
accessibility-audit-cast-client = { $client }
accessibility-audit-cast-accounts = Fernhill Logistics – Kế toán

accessibility-audit-request = Yêu cầu nhắn tin mới trên LinkedIn từ { $client }, trưởng sản phẩm tại Fernhill Logistics. Hai bạn có hai người quen chung.
accessibility-audit-hello = Chào bạn! Tôi là { $client }, trưởng sản phẩm tại Fernhill Logistics, một công ty nhỏ làm phần mềm đặt lịch cho các hãng giao hàng. Tôi đã đọc bài viết của bạn về đánh giá accessibility cho ứng dụng React và thấy thật sự hữu ích.
accessibility-audit-project = Chúng tôi cần đánh giá accessibility cho ứng dụng đặt lịch của mình, sau đó là phần sửa lỗi: khoảng sáu tuần làm việc. Bạn có quan tâm không?
accessibility-audit-upwork = Chúng tôi thuê mọi người làm tự do qua Upwork, để hợp đồng và thanh toán được bảo vệ cho cả hai bên. Nếu bạn đồng ý, tôi sẽ mời bạn vào tin tuyển dụng của chúng tôi ở đó. Hồ sơ Upwork của bạn có cùng tên với tài khoản này không?

accessibility-audit-linkedin-choice-accept = Có, cùng tên anh ạ. Anh cứ gửi lời mời trên Upwork, hôm nay mình trả lời ở đó.
accessibility-audit-linkedin-choice-brief = Mình không muốn nói tài khoản Upwork nào là của mình. Anh gửi mô tả việc và mức giá ở đây trước nhé.
accessibility-audit-linkedin-choice-brief-feedback = Giữ kín tài khoản nghe có vẻ cẩn thận, nhưng ở đây nó giữ cuộc trò chuyện trên LinkedIn, xa nền tảng. Khách hàng này muốn mô tả việc, mức giá và hợp đồng nằm trên Upwork, đúng chỗ của chúng.
accessibility-audit-linkedin-choice-refuse = Cảm ơn anh, nhưng mình không nhận việc từ người lạ trên LinkedIn. Ở đó có quá nhiều nhà tuyển dụng giả.
accessibility-audit-linkedin-choice-refuse-feedback = Cẩn thận là tốt, nhưng hãy nhìn hướng đi: khách hàng này đưa bạn vào nền tảng, chứ không kéo bạn ra khỏi nó. Dấu hiệu cảnh báo là bị hối thúc rời nền tảng sang một kênh chat riêng trước khi có hợp đồng.

accessibility-audit-no-pressure = Hoàn toàn dễ hiểu. Tin tuyển dụng được đăng công khai trên Upwork dưới tên công ty chúng tôi, “Đánh giá accessibility và sửa lỗi cho ứng dụng đặt lịch React”, nếu bạn muốn tự tìm xem. Không có áp lực gì cả.
accessibility-audit-second-choice-look = Mình tìm thấy tin đăng trên Upwork rồi, khớp hết. Được, anh gửi lời mời cho mình ở đó nhé.
accessibility-audit-second-choice-papers = Trước khi tiếp tục, anh gửi mình giấy đăng ký kinh doanh của công ty và bản sao giấy tờ tùy thân của anh nhé.
accessibility-audit-second-choice-ignore = Tin tuyển dụng cũng dễ dựng lên như một tin nhắn thôi. Mình xin thôi, cảm ơn anh.
accessibility-audit-goodbye = Tôi hiểu. Tin tuyển dụng vẫn mở trên Upwork nếu bạn đổi ý. Chúc bạn công việc suôn sẻ!

accessibility-audit-invite = Fernhill Logistics đã mời bạn vào công việc “Đánh giá accessibility và sửa lỗi cho ứng dụng đặt lịch React”. Phương thức thanh toán của khách hàng đã được xác minh.
accessibility-audit-up-hello = Cảm ơn bạn đã sang đây! Như đã hứa: giá cố định { MONEY($budget) }, chia thành ba mốc, mốc đầu tiên là báo cáo đánh giá.
accessibility-audit-offer = { $client } đã gửi cho bạn một lời mời hợp đồng trên Upwork: giá cố định { MONEY($budget) }, ba mốc thanh toán.
accessibility-audit-accepted = Bạn đã chấp nhận hợp đồng. Mốc đầu tiên đã được nạp tiền và được Upwork giữ cho đến khi bạn bàn giao.
accessibility-audit-email = Chào mừng bạn vào nhóm! Giờ hợp đồng đã xong: nhóm chúng tôi làm việc chủ yếu qua email, vậy ta chuyển các câu hỏi hằng ngày sang đó được không? Tôi sẽ viết cho bạn từ địa chỉ công việc. Tất nhiên các mốc, sản phẩm cần duyệt và mọi khoản thanh toán vẫn ở đây, trên Upwork.

accessibility-audit-email-choice-accept = Được anh, email tiện cho các câu hỏi hằng ngày. Các mốc và thanh toán vẫn ở đây, như anh nói.
accessibility-audit-email-choice-invoice = Được anh. Mà từ giờ mình có thể gửi hóa đơn thẳng cho anh, để cả hai khỏi mất phí Upwork.
accessibility-audit-email-choice-invoice-feedback = Dùng email cho câu hỏi hằng ngày thì ổn, nhưng thanh toán lại là chuyện khác. Ngoài Upwork thì không có hồ sơ, không có quy trình khiếu nại, không có bảo đảm thanh toán, cho cả bạn lẫn khách hàng. Là người đàng hoàng, khách hàng từ chối.
accessibility-audit-email-choice-refuse = Mình muốn giữ mọi tin nhắn trên Upwork hơn, để có bằng chứng nếu có chuyện gì.
accessibility-audit-email-choice-refuse-feedback = Bạn có quyền làm vậy, và khách hàng đồng ý. Dù vậy: hợp đồng đã ký và thanh toán vẫn trên Upwork, nên dùng email cho việc hằng ngày lẽ ra vẫn an toàn. Rủi ro là chuyển kênh trước khi có hợp đồng, hoặc chuyển cả việc thanh toán.

accessibility-audit-stay-here = Không sao cả, vậy ta giữ mọi thứ ở đây trên Upwork.
accessibility-audit-fees-stay = Cảm ơn bạn đã nghĩ đến khoản phí, nhưng ta cứ giữ mọi khoản thanh toán trên Upwork. Chúng tôi trả tiền cho mọi cộng tác viên như vậy, và cách đó cũng bảo vệ bạn. Email chỉ để hỏi đáp thôi.

accessibility-audit-email-in = Email mới từ { $client }, gửi từ một địa chỉ của Fernhill Logistics, tiêu đề có tên hợp đồng trên Upwork.
accessibility-audit-email-hello = Tiêu đề: Khởi động – dự án accessibility. Chào bạn! Như đã hứa, đây là địa chỉ công việc của tôi. Tôi đính kèm hướng dẫn phong cách và một tài khoản thử nghiệm cho trang staging.
accessibility-audit-kickoff = Ta có thể gọi video khởi động 30 phút vào { $weekday ->
    [tuesday] thứ Ba
   *[thursday] thứ Năm
} với lập trình viên và nhà thiết kế của chúng tôi không? Tôi sẽ gửi lời mời qua lịch.
accessibility-audit-kickoff-choice-accept = { $weekday ->
    [tuesday] Thứ Ba
   *[thursday] Thứ Năm
} mình được. Mình sẽ chuẩn bị sẵn vài câu hỏi về quy trình đặt lịch.
accessibility-audit-kickoff-choice-ids = Rất sẵn lòng, sau khi anh gửi mình bản sao giấy tờ tùy thân của từng người dự cuộc gọi.
accessibility-audit-kickoff-choice-ids-feedback = Muốn biết mình sẽ gặp ai là chính đáng, nhưng bản sao giấy tờ tùy thân thì vượt xa những gì một buổi khởi động cần. Tên từng người, trang đội ngũ của công ty và hợp đồng đã ký trên Upwork là đủ để trả lời.
accessibility-audit-kickoff-choice-refuse = Mình không muốn gọi video ngoài Upwork. Mình khởi động bằng văn bản thay vào đó được không anh?
accessibility-audit-kickoff-choice-refuse-feedback = Sau khi ký hợp đồng, tự mình gặp nhóm của khách hàng qua công cụ lịch quen thuộc của họ là chuyện bình thường. Dấu hiệu cảnh báo sẽ là cài phần mềm điều khiển từ xa, giao tài khoản, hoặc nhận tiền ngoài nền tảng.
accessibility-audit-ids-reply = Tiếc là chúng tôi không gửi giấy tờ tùy thân qua lại. Bạn có thể tìm cả ba chúng tôi trên trang đội ngũ của công ty và trên LinkedIn, còn lời mời có ghi tên từng người. Hẹn gặp bạn trong cuộc gọi.
accessibility-audit-no-kickoff = Không sao. Tôi sẽ viết phần giới thiệu trong một email và cc cả nhóm.

accessibility-audit-accounts-mail = Email mới từ Fernhill Logistics – Kế toán, có cc { $client }.
accessibility-audit-accounts-ask = Xin chào, tôi phụ trách hồ sơ nhà cung cấp tại Fernhill. Để ghi sổ, chúng tôi cần thông tin xuất hóa đơn của bạn cho hợp đồng này: tên doanh nghiệp, địa chỉ kinh doanh và mã số thuế (hoặc mã số VAT), đúng như trên hóa đơn của bạn. Nếu bạn điền chúng trong phần cài đặt thuế trên Upwork, chúng sẽ hiện trên hóa đơn của Upwork; một hóa đơn PDF do bạn gửi cũng được. Chúng tôi không cần giấy tờ tùy thân nào.
accessibility-audit-verify-choice-confirm = Vâng. Mình chỉ hỏi nhanh { $client } để chắc đây đúng là bộ phận kế toán bên anh ấy.
accessibility-audit-verify-choice-confirm-feedback = Phản xạ tốt với một người gửi mới: kiểm tra qua một kênh bạn đã tin. Ở đây câu trả lời là có, và thứ được hỏi chỉ là thông tin hóa đơn bình thường cho một hợp đồng đã ký.
accessibility-audit-verify-choice-extra = Vâng. Đây là thông tin của mình, kèm bản scan hộ chiếu, phòng khi bên kế toán cũng cần.
accessibility-audit-verify-choice-extra-feedback = Họ chỉ hỏi thông tin xuất hóa đơn và nói rõ là không cần giấy tờ tùy thân. Bản scan hộ chiếu gửi qua email sẽ nằm trong những hộp thư bạn không kiểm soát được; chỉ xác minh danh tính qua quy trình riêng của nền tảng.
accessibility-audit-verify-choice-refuse = Mình không bao giờ gửi mã số thuế qua email. Có quá nhiều email lừa đảo hỏi đúng thứ đó.
accessibility-audit-verify-choice-refuse-feedback = Thông tin doanh nghiệp của chính bạn trên hóa đơn cho một hợp đồng đã ký là việc kế toán bình thường. Dấu hiệu cảnh báo là bị đòi bản scan hộ chiếu hay giấy tờ cá nhân, nhất là trước khi có hợp đồng.
accessibility-audit-confirmed = Đúng, đó là bộ phận kế toán của chúng tôi. Cảm ơn bạn đã kiểm tra, làm vậy là đúng.
accessibility-audit-accounts-fine = Không sao. Nếu bạn điền thông tin trong phần cài đặt thuế trên Upwork, chúng tôi sẽ lấy từ hóa đơn của Upwork.
accessibility-audit-scan-deleted = Cảm ơn bạn, thông tin hóa đơn là đủ. Chúng tôi không lưu giấy tờ tùy thân nên đã xóa bản scan hộ chiếu. Xin đừng gửi nó cho khách hàng qua email.

accessibility-audit-client-asks = Một việc hành chính nhỏ: kế toán của chúng tôi cần thông tin xuất hóa đơn của bạn để ghi sổ, tức là tên doanh nghiệp, địa chỉ và mã số thuế, giống như trên hóa đơn của bạn. Nếu bạn đã điền trong phần cài đặt thuế trên Upwork thì chúng đã hiện trên hóa đơn của Upwork rồi. Không cần giấy tờ tùy thân, chỉ thông tin hóa đơn thôi.
accessibility-audit-invoice-choice-send = Vâng. Đây là tên doanh nghiệp, địa chỉ và mã số thuế của mình, đúng y như trên hóa đơn.
accessibility-audit-invoice-choice-later = Khi mốc cuối được thanh toán mình sẽ gửi. Trước đó, mã số thuế của mình xin được giữ kín.
accessibility-audit-invoice-choice-later-feedback = Tên doanh nghiệp và mã số thuế vốn nằm trên hóa đơn của bạn, và khách hàng có hợp đồng đã ký cần chúng ngay bây giờ để làm sổ sách, chứ không phải đến cuối. Dấu hiệu đáng ngại là bị hỏi bản scan hộ chiếu hay giấy tờ cá nhân.
accessibility-audit-invoice-choice-refuse = Mình không muốn đưa mã số thuế cho ai cả. Kẻ lừa đảo gom chính những thông tin như thế.
accessibility-audit-invoice-choice-refuse-feedback = Tên doanh nghiệp và mã số thuế vốn nằm trên hóa đơn của bạn; khách hàng cần chúng cho một hợp đồng đã ký. Dấu hiệu cảnh báo là bị đòi bản scan hộ chiếu hay giấy tờ cá nhân “để thiết lập mọi thứ”.
accessibility-audit-client-fine = Tôi hiểu. Có thể sau này kế toán của chúng tôi sẽ hỏi lại qua Upwork, nhưng việc đó không làm chậm công việc.

accessibility-audit-paid = Hai tuần sau, trên Upwork: “Mốc 1 đã được duyệt. Đã giải ngân thanh toán.”
accessibility-audit-thanks = Báo cáo đánh giá rất xuất sắc, cảm ơn bạn! Cả nhóm đang làm theo danh sách của bạn.

accessibility-audit-designer = Còn một câu hỏi trước mốc 2. Phần sửa màu cần một nhà thiết kế, và chúng tôi muốn mời lại một chị làm tự do từng hợp tác; chị ấy không dùng Upwork. Cho đỡ giấy tờ: tôi cộng thù lao { MONEY($share) } của chị ấy vào mốc 2 của bạn, rồi bạn trả lại cho chị ấy từ khoản đó, được không?
accessibility-audit-designer-choice-forward = Được anh. Anh cứ cộng vào mốc 2, đúng ngày Upwork giải ngân là mình trả chị ấy.
accessibility-audit-designer-choice-forward-feedback = Khách hàng có ý tốt, nhưng bạn sẽ nhận tiền thay cho người khác rồi chuyển tiếp. Đó chính là kiểu người ta dùng để dụ người làm “con la tiền”, và mọi thứ đều chạy qua tài khoản và sổ sách của bạn.
accessibility-audit-designer-choice-favour = Thôi được, coi như giúp dự án. Tiền về là mình chuyển phần của chị ấy ngay.
accessibility-audit-designer-choice-favour-feedback = Giúp đỡ là tốt, nhưng tiền đi qua tài khoản của bạn cho người khác sẽ được tính là của bạn. Cách sạch sẽ là một hợp đồng trực tiếp giữa khách hàng và nhà thiết kế.
accessibility-audit-designer-choice-direct = Mình không muốn chuyển tiền hộ người khác. Anh trả trực tiếp cho chị ấy được không?
accessibility-audit-designer-choice-direct-feedback = Đúng vậy: bạn chỉ nhận tiền cho công việc của chính mình. Và hãy để ý khách hàng nhận lời từ chối nhẹ nhàng thế nào; một khách hàng đàng hoàng phản ứng như vậy.
accessibility-audit-designer-added = Cảm ơn bạn, đỡ cho chúng tôi nhiều lắm. Tôi đã cộng thù lao của chị ấy vào mốc 2.
accessibility-audit-designer-ok = Hợp lý, và kế toán của chúng tôi cũng thích vậy hơn. Tôi sẽ làm hợp đồng riêng với chị ấy.

accessibility-audit-next-milestone = Mốc 2 đã được nạp tiền trên Upwork, bạn sẵn sàng lúc nào thì bắt đầu sửa lỗi lúc đó.

accessibility-audit-hired = Bạn có việc và khoản thanh toán đầu tiên. Tin nhắn LinkedIn dẫn bạn vào Upwork, hợp đồng có trước, email chỉ đến sau đó, thứ duy nhất được hỏi là thông tin vốn nằm trên hóa đơn, và nhà thiết kế được trả trực tiếp.
accessibility-audit-hired-forwarded = Bạn có việc và khoản thanh toán đầu tiên, từ một khách hàng đàng hoàng. Chỉ một điều nên thay đổi: thù lao của nhà thiết kế giờ đi qua tài khoản của bạn. Tiền bạn nhận rồi chuyển tiếp cho người khác được tính là của bạn, và đó cũng là kiểu người ta dùng để dụ người làm “con la tiền”. Lần sau, hãy đề nghị một hợp đồng trực tiếp cho người kia.
accessibility-audit-missed-early = Bạn đã bỏ lỡ một khách hàng đàng hoàng. Cẩn thận với người lạ là hợp lý; nhưng ở đây khách hàng đang đưa bạn vào nền tảng, tức là hướng an toàn. Lần sau, hãy tìm tin tuyển dụng trước khi quyết định.

accessibility-audit-fine-off-platform = Tin nhắn LinkedIn đưa bạn vào Upwork chứ không kéo bạn ra, và việc chuyển sang email chỉ đến sau khi hợp đồng đã ký, mọi khoản thanh toán vẫn ở trên nền tảng. Điều tạo nên khác biệt là hướng đi của việc chuyển kênh và thời điểm của nó.
accessibility-audit-fine-identity-docs = Tên doanh nghiệp, địa chỉ và mã số thuế vốn có trên mọi hóa đơn, và khách hàng có hợp đồng đã ký cần chúng để ghi sổ. Nếu bị đòi bản scan hộ chiếu hay giấy tờ cá nhân, trước khi có hợp đồng hoặc qua chat, thì lại là chuyện khác.
