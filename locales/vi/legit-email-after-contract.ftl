# Kịch bản “legit-email-after-contract”: một khách hàng đàng hoàng. Biến: $client (một cái tên),
# $budget (đô la, giá cố định), $weekday (tuesday hoặc thursday).
# Khách hàng viết lịch sự, rõ ràng, như trưởng sản phẩm của một công ty phần mềm nhỏ;
# bộ phận kế toán viết email ngắn, trang trọng.
# Người chơi luôn xưng “mình” (như trong mọi kịch bản), để cách xưng hô không để lộ đáp án.

legit-email-after-contract-title = Từ LinkedIn đến hợp đồng
legit-email-after-contract-summary = Một trưởng sản phẩm nhắn cho bạn trên LinkedIn về một dự án accessibility (khả năng tiếp cận).
legit-email-after-contract-cast-client = { $client }
legit-email-after-contract-cast-accounts = Fernhill Logistics – Kế toán

legit-email-after-contract-request = Yêu cầu nhắn tin mới trên LinkedIn từ { $client }, trưởng sản phẩm tại Fernhill Logistics. Hai bạn có hai người quen chung.
legit-email-after-contract-hello = Chào bạn! Tôi là { $client }, trưởng sản phẩm tại Fernhill Logistics, một công ty nhỏ làm phần mềm đặt lịch cho các hãng giao hàng. Tôi đã đọc bài viết của bạn về đánh giá accessibility cho ứng dụng React và thấy rất hữu ích.
legit-email-after-contract-project = Chúng tôi cần đánh giá accessibility cho ứng dụng đặt lịch của mình, kèm phần sửa lỗi. Khoảng sáu tuần làm việc. Bạn có quan tâm không?
legit-email-after-contract-upwork = Chúng tôi tuyển mọi contractor qua Upwork, để hợp đồng và thanh toán được bảo vệ cho cả hai bên. Nếu bạn thấy được, tôi sẽ mời bạn vào tin tuyển dụng của chúng tôi ở đó. Hồ sơ Upwork của bạn có cùng tên như ở đây không?

legit-email-after-contract-linkedin-choice-accept = Có, cùng tên. Mình rất sẵn lòng nhận lời mời trên Upwork.
legit-email-after-contract-linkedin-choice-check = Nghe thú vị đó. Mình sẽ xem trang công ty và tin tuyển dụng của bạn trước khi nhận lời.
legit-email-after-contract-linkedin-choice-check-feedback = Thói quen tốt. Ở đây nó xác nhận câu chuyện: một công ty thật, một tin tuyển dụng công khai, và một khách hàng muốn hợp đồng nằm trên nền tảng.
legit-email-after-contract-linkedin-choice-refuse = Xin lỗi, mình không trả lời lời mời làm việc từ người lạ trên LinkedIn.
legit-email-after-contract-linkedin-choice-refuse-feedback = Cẩn thận là tốt, nhưng hãy nhìn hướng đi: khách hàng này đưa bạn vào nền tảng, chứ không kéo bạn ra khỏi nó. Dấu hiệu cảnh báo là bị hối thúc rời nền tảng sang một kênh chat riêng trước khi có hợp đồng.

legit-email-after-contract-no-pressure = Hoàn toàn dễ hiểu! Tin tuyển dụng được đăng công khai trên Upwork dưới tên công ty chúng tôi, “Đánh giá accessibility và sửa lỗi cho ứng dụng đặt lịch React”, nếu bạn muốn tự tra cứu. Không hề có áp lực gì.
legit-email-after-contract-second-choice-look = Mình đã thấy tin đăng trên Upwork. Được, bạn gửi lời mời cho mình ở đó nhé.
legit-email-after-contract-second-choice-ignore = Mình xin thôi, cảm ơn bạn.

legit-email-after-contract-invite = Fernhill Logistics đã mời bạn vào công việc “Đánh giá accessibility và sửa lỗi cho ứng dụng đặt lịch React”. Phương thức thanh toán của khách hàng đã được xác minh.
legit-email-after-contract-up-hello = Cảm ơn bạn đã tham gia ở đây! Như đã hứa: giá cố định { MONEY($budget) } chia thành ba mốc, mốc đầu tiên là báo cáo đánh giá.
legit-email-after-contract-offer = { $client } đã gửi cho bạn một lời mời hợp đồng trên Upwork: giá cố định { MONEY($budget) }, ba mốc thanh toán.
legit-email-after-contract-accepted = Bạn đã chấp nhận hợp đồng. Mốc đầu tiên đã được nạp tiền và được Upwork giữ cho đến khi bạn bàn giao.
legit-email-after-contract-email = Chào mừng bạn đến với dự án! Giờ hợp đồng đã có: team chúng tôi làm việc chủ yếu qua email, nên mình chuyển các câu hỏi hằng ngày sang đó được không? Tôi sẽ viết cho bạn từ địa chỉ công việc của tôi. Tất nhiên các mốc, sản phẩm bàn giao cần duyệt và mọi khoản thanh toán vẫn ở đây trên Upwork.

legit-email-after-contract-email-choice-accept = Được, dùng email cho các câu hỏi hằng ngày thì ổn.
legit-email-after-contract-email-choice-ask = Mình thấy ổn. Chỉ để rõ ràng: các mốc và thanh toán vẫn ở trên Upwork, đúng không?
legit-email-after-contract-email-choice-ask-feedback = Đúng là điều nên xác nhận, và khách hàng đã nói vậy rồi. Khi hợp đồng đã ký và thanh toán nằm trên nền tảng, dùng email cho các chi tiết hằng ngày là chuyện phổ biến và an toàn.
legit-email-after-contract-email-choice-refuse = Mình muốn giữ mọi trao đổi trên Upwork hơn.
legit-email-after-contract-email-choice-refuse-feedback = Điều đó được phép, và khách hàng cũng đồng ý. Dù vậy: hợp đồng đã ký và thanh toán vẫn ở trên Upwork, nên dùng email cho các chi tiết hằng ngày lẽ ra vẫn an toàn. Rủi ro nằm ở việc chuyển đi trước khi có hợp đồng, hoặc chuyển việc thanh toán ra ngoài.
legit-email-after-contract-email-choice-leave = Chuyển sang email là cách các vụ lừa đảo bắt đầu. Mình sẽ chấm dứt hợp đồng.

legit-email-after-contract-stay-here = Không vấn đề gì, vậy chúng ta giữ mọi thứ ở đây trên Upwork.

legit-email-after-contract-email-in = Email mới từ { $client }, gửi từ một địa chỉ của Fernhill Logistics, với tiêu đề hợp đồng Upwork trong dòng tiêu đề.
legit-email-after-contract-email-hello = Tiêu đề: Khởi động – dự án accessibility. Chào bạn! Như đã hứa, đây là địa chỉ công việc của tôi. Đính kèm là hướng dẫn phong cách (style guide) của chúng tôi và một tài khoản test cho trang staging.
legit-email-after-contract-kickoff = Chúng ta có thể họp khởi động qua video 30 phút vào { $weekday ->
    [tuesday] thứ Ba
   *[thursday] thứ Năm
} cùng lập trình viên và designer của chúng tôi được không? Tôi sẽ gửi lời mời lịch họp.
legit-email-after-contract-kickoff-choice-accept = { $weekday ->
    [tuesday] Thứ Ba
   *[thursday] Thứ Năm
} được đó. Mình sẽ mang theo danh sách câu hỏi đầu tiên.
legit-email-after-contract-kickoff-choice-agenda = Rất sẵn lòng. Bạn gửi kèm một chương trình họp ngắn trong lời mời được không?
legit-email-after-contract-kickoff-choice-refuse = Mình không gọi video ngoài Upwork.
legit-email-after-contract-kickoff-choice-refuse-feedback = Tự mình gặp team của khách hàng, qua công cụ lịch họp quen thuộc của họ, sau khi đã ký hợp đồng là chuyện bình thường. Dấu hiệu cảnh báo sẽ là cài phần mềm điều khiển từ xa, giao tài khoản, hoặc được trả tiền bên ngoài nền tảng.
legit-email-after-contract-agenda-reply = Tất nhiên: giới thiệu các thành viên, các luồng sử dụng chính của ứng dụng, và cách bạn muốn nhận góp ý. Đã có trong lời mời.
legit-email-after-contract-no-kickoff = Không sao, thay vào đó tôi sẽ viết phần giới thiệu trong một email và CC cả team.

legit-email-after-contract-accounts-mail = Email mới từ Fernhill Logistics – Kế toán, có CC { $client }.
legit-email-after-contract-accounts-ask = Xin chào, tôi phụ trách hồ sơ nhà cung cấp tại Fernhill. Để làm sổ sách kế toán, chúng tôi cần thông tin hóa đơn của bạn cho hợp đồng này: tên doanh nghiệp, địa chỉ doanh nghiệp và mã số thuế hoặc mã số VAT, đúng như trên hóa đơn của bạn. Nếu bạn nhập chúng trong phần cài đặt thuế trên Upwork, chúng sẽ hiện trên hóa đơn của Upwork; một hóa đơn PDF từ bạn cũng được. Chúng tôi không cần bất kỳ giấy tờ tùy thân nào.
legit-email-after-contract-verify-choice-reply = Được. Đây là tên doanh nghiệp, địa chỉ và mã số thuế của mình, như trên hóa đơn.
legit-email-after-contract-verify-choice-confirm = Sẵn lòng. Mình chỉ xác nhận nhanh với { $client } rằng đây đúng là bộ phận kế toán của bạn.
legit-email-after-contract-verify-choice-confirm-feedback = Phản xạ tốt với một người gửi mới: kiểm tra qua một kênh bạn đã tin tưởng. Ở đây câu trả lời là có, và yêu cầu chỉ là thông tin hóa đơn thông thường cho một hợp đồng đã ký.
legit-email-after-contract-verify-choice-refuse = Mình không gửi mã số thuế cho ai qua email.
legit-email-after-contract-verify-choice-refuse-feedback = Thông tin doanh nghiệp của chính bạn trên hóa đơn cho một hợp đồng đã ký là việc sổ sách bình thường. Dấu hiệu cảnh báo là bị đòi bản scan hộ chiếu hoặc giấy tờ cá nhân, nhất là trước khi có hợp đồng.
legit-email-after-contract-confirmed = Đúng, đó là bộ phận kế toán của chúng tôi. Cảm ơn bạn đã kiểm tra, thói quen rất tốt!
legit-email-after-contract-accounts-fine = Không vấn đề gì. Nếu bạn nhập thông tin trong phần cài đặt thuế trên Upwork, chúng tôi sẽ lấy từ hóa đơn của Upwork.

legit-email-after-contract-client-asks = Một việc hành chính nhỏ: kế toán của chúng tôi cần thông tin hóa đơn của bạn để ghi sổ: tên doanh nghiệp, địa chỉ và mã số thuế hoặc mã số VAT, giống như trên hóa đơn của bạn. Nếu bạn đã nhập chúng trong phần cài đặt thuế trên Upwork, chúng đã hiện trên hóa đơn của Upwork rồi. Không cần giấy tờ tùy thân, chỉ cần thông tin hóa đơn.
legit-email-after-contract-invoice-choice-send = Được, đây nhé, như trên hóa đơn của mình.
legit-email-after-contract-invoice-choice-upwork = Mình sẽ nhập chúng trong phần cài đặt thuế trên Upwork để chúng hiện trên hóa đơn của Upwork.
legit-email-after-contract-invoice-choice-upwork-feedback = Một giải pháp gọn gàng: thông tin nằm đúng nơi hóa đơn được lập. Gửi qua email cũng sẽ ổn với một hợp đồng đã ký.
legit-email-after-contract-invoice-choice-refuse = Mình không đưa mã số thuế của mình cho ai.
legit-email-after-contract-invoice-choice-refuse-feedback = Tên doanh nghiệp và mã số thuế của bạn vốn nằm trên hóa đơn của bạn; khách hàng cần chúng cho một hợp đồng đã ký. Dấu hiệu cảnh báo là yêu cầu bản scan hộ chiếu hoặc giấy tờ cá nhân để “thiết lập mọi thứ”.
legit-email-after-contract-client-fine = Tôi hiểu. Kế toán của chúng tôi có thể liên hệ lại qua Upwork sau, nhưng việc đó không làm chậm công việc.

legit-email-after-contract-paid = Hai tuần sau, trên Upwork: “Mốc 1 đã được duyệt. Khoản thanh toán đã được giải ngân.”
legit-email-after-contract-thanks = Báo cáo đánh giá rất xuất sắc, cảm ơn bạn! Team đang xử lý dần danh sách của bạn rồi.

legit-email-after-contract-next-milestone = Mốc 2 đã được nạp tiền trên Upwork, nên bạn có thể bắt đầu phần sửa lỗi bất cứ khi nào sẵn sàng.
legit-email-after-contract-hired = Bạn đã nhận được việc và khoản thanh toán đầu tiên. Tin nhắn LinkedIn dẫn bạn vào Upwork, hợp đồng có trước, việc chuyển sang email chỉ được đề nghị sau đó, và thông tin duy nhất bạn được hỏi là những gì vốn nằm trên một hóa đơn.
legit-email-after-contract-missed-early = Bạn đã bỏ qua một khách hàng đàng hoàng. Cẩn thận với người lạ là hợp lý; nhưng ở đây khách hàng đang hướng bạn vào nền tảng, và đó là hướng an toàn. Lần sau, hãy tra cứu tin tuyển dụng trước khi quyết định.
legit-email-after-contract-missed = Bạn đã chấm dứt một hợp đồng thật. Cẩn thận là tốt; ở đây hợp đồng đã được ký trên Upwork và thanh toán vẫn ở đó, nên chuyển các trao đổi hằng ngày sang email là an toàn. Lần sau, hãy kiểm tra xem tiền đi đâu trước khi rút lui.
