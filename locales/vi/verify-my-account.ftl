# Kịch bản “verify-my-account”: một người quen trong nhóm việc freelance trên Telegram giao cho
# người chơi một việc nhỏ qua Upwork, rồi trả 50 đô để người chơi xác minh một tài khoản
# Payoneer, Wise hoặc sàn giao dịch bằng giấy tờ tùy thân và ảnh selfie của mình, cộng thêm một
# khoản hằng tháng để “giữ tài khoản mở”.
# Biến: $contact (tên một người đàn ông), $gig_pay, $monthly và $incoming (đô la), $service
# (payoneer, wise hoặc exchange, dùng cho bộ chọn).
# Người quen là nam. Anh ta nhắn suồng sã, nhanh, câu ngắn, hay viết thường, vài emoji và những
# lỗi nhỏ của người không nói tiếng Việt như tiếng mẹ đẻ (“ko”, “nha”, “50$”, thiếu dấu câu).
# Anh ta thân thiện, kiên nhẫn, không bao giờ thô lỗ; khi thúc ép thì gọi người chơi là “bro”
# một lần. Anh ta xưng “mình”, gọi người chơi là “bạn”. Người chơi xưng “mình” và gọi anh ta là
# “anh”. Chữ trong ngoặc vuông là hành động của người chơi, không phải tin nhắn.

verify-my-account-title = Việc WordPress nhỏ từ một nhóm Telegram
verify-my-account-summary = Một thành viên quen mặt trong nhóm việc freelance trên Telegram có hai chỗ cần sửa nhanh cho khách của anh ấy, thanh toán qua Upwork.
verify-my-account-cast-contact = { $contact }

verify-my-account-group = Một nhóm việc freelance trên Telegram mà bạn tham gia để tìm việc. { $contact } đăng việc nhỏ ở đó đã mấy tháng, và người trong nhóm nói anh ấy trả tiền đúng hạn.
verify-my-account-group-post = Chào cả nhà 👋 tuần này ai rảnh sửa giúp hai chỗ nhỏ trên WordPress ko? Thanh toán qua Upwork, nhắn riêng mình nha
verify-my-account-dm-hello = hi, mình thấy bạn giới thiệu trong nhóm, bạn làm WordPress đúng ko? là menu mobile với form liên hệ cho một khách của mình, chắc tầm 3 tiếng
verify-my-account-dm-hello-alt = hey, mình thấy bạn trong nhóm, bạn làm WordPress phải ko? khách của mình cần menu mobile với form liên hệ, tầm 3 tiếng là xong
verify-my-account-gig-ask = Mình trả trọn gói { MONEY($gig_pay) }, tất cả qua Upwork. Bạn gửi link hồ sơ Upwork đi, mình gửi hợp đồng qua đó

verify-my-account-gig-choice-link = Ba tiếng mà giá vậy là hợp lý. Đây là hồ sơ Upwork của mình, anh gửi lời mời qua đó nhé.
verify-my-account-gig-choice-refuse = Xin lỗi anh, mình không nhận việc từ người trong nhóm chat. Lừa đảo hay bắt đầu kiểu này lắm.
verify-my-account-gig-choice-refuse-feedback = Cẩn thận với nhóm chat là hợp lý, nhưng yêu cầu này vô hại: một việc ngắn với giá bình thường, có hợp đồng Upwork, và tiền do nền tảng giữ. Điều cần để ý là những gì đến sau một việc đầu tiên như thế.
verify-my-account-gig-choice-card = Anh chuyển thẳng vào thẻ của mình được không? Phí Upwork ăn mất khá nhiều.
verify-my-account-gig-choice-card-feedback = Trả tiền ngoài nền tảng lấy mất của bạn hợp đồng, bằng chứng và quy trình khiếu nại, lại đưa thông tin thẻ của bạn cho một người bạn chỉ biết qua nhóm chat. Chính anh ta cũng từ chối: những việc đầu tiên nằm trên nền tảng chính là cách để gây dựng lòng tin.

verify-my-account-gig-shrug = ko sao, lần sau nha. mình vẫn ở trong nhóm nếu bạn đổi ý
verify-my-account-card-reply = Thôi, cứ để trên Upwork, khách cũng trả mình ở đó mà khai thuế cũng gọn hơn 😅 mình gửi lời mời ngay đây
verify-my-account-contract = { $contact } đã gửi bạn một lời mời hợp đồng trên Upwork: “Menu mobile và form liên hệ”, giá cố định { MONEY($gig_pay) }. Bạn nhận và làm xong việc.
verify-my-account-paid = Hai ngày sau: “Khoản thanh toán { MONEY($gig_pay) } cho ‘Menu mobile và form liên hệ’ đã được giải ngân.” Khách của anh ấy hài lòng với phần sửa.
verify-my-account-payout = Trả rồi nha! Nếu lâu rồi bạn chưa rút tiền, Upwork có thể bắt xác nhận lại thông tin nhận tiền trước khi chuyển. Bạn cứ làm trong phần cài đặt Upwork của chính bạn, mất 2 phút

verify-my-account-payout-choice-settings = [Tự mở Upwork và xác nhận thông tin nhận tiền trong phần cài đặt]
verify-my-account-payout-choice-settings-feedback = Đúng vậy: thông tin nhận tiền của chính bạn, cho số tiền chính bạn làm ra, được xác nhận trong phần cài đặt của nền tảng mà bạn tự mở. Không có link nào từ anh ta, không gửi gì cho anh ta.
verify-my-account-payout-choice-refuse = Khách hàng quan tâm thông tin nhận tiền của mình làm gì? Mình không đụng vào đâu.
verify-my-account-payout-choice-refuse-feedback = Câu hỏi có lý, nhưng yêu cầu này vô hại: anh ta chỉ bạn tới phần cài đặt của chính bạn trên Upwork, cho tiền của chính bạn, và bản thân anh ta không đòi gì. Kiểm tra tài khoản của chính mình trên nền tảng chưa bao giờ là rủi ro.
verify-my-account-payout-choice-leave = [Tạm để tiền nằm trên Upwork và thôi không trả lời anh ta]
verify-my-account-payout-choice-leave-feedback = Ở đây chẳng có gì phải tránh: xác nhận thông tin nhận tiền của chính bạn trong cài đặt Upwork không trao cho ai thứ gì. Tiền của bạn chỉ bị chậm lại. Rủi ro là xác minh tài khoản cho người khác, và yêu cầu đó chưa đến.

verify-my-account-payout-shrug = ok tùy bạn. dù sao tiền vẫn nằm đó chờ bạn mà
verify-my-account-later = Một tuần sau, { $contact } lại nhắn cho bạn trên Telegram.
verify-my-account-offer = hey, rảnh chút ko? chuyện khác, chắc bạn sẽ thấy hay. mình làm với một team ở nước ngoài, khách ở châu Âu với Mỹ trả tiền cho họ, mà ở nước họ { $service ->
    [payoneer] Payoneer ko cho
    [wise] Wise ko cho
   *[exchange] mấy sàn crypto lớn ko cho
} đăng ký
verify-my-account-offer-ask = Vậy nè: bạn xác minh một { $service ->
    [payoneer] tài khoản Payoneer
    [wise] tài khoản Wise
   *[exchange] tài khoản sàn
} bằng CCCD và một tấm selfie, 10 phút, mình gửi bạn 50$ liền. Thêm { MONEY($monthly) } mỗi tháng bạn giữ nó mở cho họ. Bạn ko phải làm gì, họ tự lo 💸

verify-my-account-offer-choice-why = Sao team của anh không mở tài khoản đứng tên chính họ, ở chỗ khác?
verify-my-account-offer-choice-why-feedback = Đúng câu cần hỏi. Một tài khoản được xác minh bằng giấy tờ và khuôn mặt của bạn thì với nhà cung cấp, ngân hàng và công an, đó là tài khoản của bạn. Nếu người khác dùng nó, mọi thứ chảy qua đó đều dẫn về bạn.
verify-my-account-offer-choice-yes = [Đồng ý: năm mươi đô cho mười phút là được, mà ai cũng nói anh ta trả đàng hoàng]
verify-my-account-offer-choice-once = Mình xác minh lấy năm mươi đô thôi, chứ giữ mở cả mấy tháng thì không.
verify-my-account-offer-choice-once-feedback = Một tháng hay mười hai tháng, tài khoản vẫn được xác minh bằng giấy tờ và khuôn mặt của bạn, và tiền của những người bạn chưa từng gặp sẽ chảy qua đó dưới tên bạn. 50 đô là để trả cho đúng điều đó.

verify-my-account-pushback = ko phạm pháp đâu bro, mấy dịch vụ đó chỉ chặn vài nước thôi. thủ tục giấy tờ thôi mà
verify-my-account-pushback-2 = Tài khoản đứng tên bạn thì là của bạn, hợp pháp hết. Họ chỉ dùng để nhận tiền. 50 bây giờ cộng hằng tháng, tiền dễ mà 🤝

verify-my-account-pushback-choice-report = [Chặn anh ta, rồi báo cáo tài khoản Telegram và hồ sơ Upwork của anh ta]
verify-my-account-pushback-choice-report-feedback = Làm tốt lắm. Báo cáo cả hồ sơ khách hàng của anh ta cũng quan trọng: những việc nhỏ trả công sòng phẳng qua Upwork là cách anh ta lấy lòng tin trước khi đưa ra lời đề nghị thật.
verify-my-account-pushback-choice-legal = Nếu đứng tên mình và hợp pháp hết thì được. Anh nói mình phải làm gì đi.
verify-my-account-pushback-choice-legal-feedback = “Đứng tên bạn” chính là vấn đề, không phải lời trấn an: bạn sẽ phải chịu trách nhiệm cho từng khoản tiền người khác cho chạy qua đó. Ở Việt Nam, cho thuê hay mua bán tài khoản ngân hàng có thể bị truy cứu trách nhiệm hình sự, và ngân hàng đóng những tài khoản như vậy.
verify-my-account-pushback-choice-papers = [Xin xem hộ chiếu của họ và mấy lần đăng ký bị từ chối trước khi quyết định]
verify-my-account-pushback-choice-papers-feedback = Anh ta cho bạn xem gì thì cũng do anh ta chọn, và bạn không kiểm tra được. Kể cả giấy tờ thật cũng không thay đổi yêu cầu: một tài khoản đứng tên bạn, do người lạ sử dụng. Còn hỏi xin hộ chiếu của người khác thì bạn lại dính vào dữ liệu của họ.

verify-my-account-papers-reply = được, đây, 3 ảnh chụp màn hình đăng ký bị từ chối. người thật, chuyện thật, thấy chưa
verify-my-account-docs-ask = Ok, mình cần thế này: bạn gửi mình ảnh CCCD mặt trước mặt sau, với một tấm selfie cầm nó sát mặt. Người của mình điền đăng ký, bạn chỉ cần quét mặt khi nó hiện trên điện thoại thôi

verify-my-account-docs-choice-report = [Không gửi gì: chặn anh ta và báo cáo đoạn chat trên Telegram và Upwork]
verify-my-account-docs-choice-report-feedback = Chính xác. Giấy tờ tùy thân và tấm selfie cầm nó là thứ giúp người khác mở tài khoản dưới tên bạn. Không gửi gì, chặn và báo cáo đã chấm dứt chuyện này ngay tại đó.
verify-my-account-docs-choice-send = [Gửi anh ta hai ảnh CCCD và tấm selfie cầm nó]
verify-my-account-docs-choice-self = Ảnh giấy tờ mình giữ lại, nhưng mình có thể tự đăng ký rồi gửi anh thông tin đăng nhập.
verify-my-account-docs-choice-self-feedback = Giữ lại ảnh giấy tờ là tốt, nhưng tài khoản vẫn được xác minh bằng giấy tờ và khuôn mặt của bạn rồi nằm trong tay anh ta. Tự đăng ký chỉ đổi người gõ phím, chứ không đổi tài khoản đó là của ai.

verify-my-account-self-reply = Càng tốt, link đây. Đăng ký, chụp selfie rồi gửi mình thông tin đăng nhập khi xong nha
verify-my-account-verified = { $service ->
    [payoneer] Payoneer
    [wise] Wise
   *[exchange] Sàn giao dịch
}: “Tài khoản của bạn đã được xác minh.” Nó mang tên bạn, số giấy tờ của bạn và khuôn mặt của bạn.
verify-my-account-handover = Xong, mình gửi bạn 50$ rồi ✅ Giờ gửi mình thông tin đăng nhập, mã nào về điện thoại thì chuyển cho mình. Từ giờ mỗi tháng { MONEY($monthly) }

verify-my-account-handover-choice-close = [Không gửi thông tin đăng nhập: nhờ nhà cung cấp đóng tài khoản, rồi báo cáo anh ta]
verify-my-account-handover-choice-close-feedback = Bước tốt nhất còn lại: một tài khoản đứng tên bạn mà không ai khác dùng được, được nhà cung cấp đóng trước khi có tiền di chuyển, và một bản báo cáo khi đoạn chat vẫn còn.
verify-my-account-handover-choice-send = [Gửi anh ta thông tin đăng nhập và chuyển mã khi nó về điện thoại]
verify-my-account-handover-choice-keep = Thông tin đăng nhập mình giữ. Tiền về thì anh báo, mình chuyển tiếp cho.
verify-my-account-handover-choice-keep-feedback = Giữ thông tin đăng nhập không giúp bạn đứng ngoài: khi đó chính bạn là người chuyển tiền của người khác đi. Nhận tiền hộ ai đó rồi chuyển tiếp là làm con la tiền, dù mật khẩu nằm trong tay ai.

verify-my-account-moved = Tài khoản của bạn, vài ngày sau: { MONEY($incoming) } đến từ một công ty bạn chưa từng nghe tên và đi ra ngay trong ngày, tới một cái tên bạn không biết. Bạn không chuyển gì cả.
verify-my-account-withdraw-ask = Có chút vấn đề, bên đó giữ khoản cuối và muốn chi trả vào một tài khoản ngân hàng đứng tên bạn. Bạn rút về ngân hàng của bạn rồi chuyển tiếp vào tài khoản mình đưa nha, giữ lại 5%
verify-my-account-money-in = Tài khoản mới của bạn: đã nhận { MONEY($incoming) } từ một công ty bạn chưa từng nghe tên.
verify-my-account-forward-ask = Tiền của khách bên mình về rồi. Bạn chuyển tiếp ngay vào tài khoản mình đưa nha, giữ 5% cho bạn. Mà ai hỏi thì cứ nói là thu nhập freelance

verify-my-account-forward-choice-stop = [Để nguyên số tiền, chặn anh ta, rồi báo nhà cung cấp và công an]
verify-my-account-forward-choice-stop-feedback = Đó là cách thoát ra. Chuyển tiếp là bước biến bạn thành con la tiền, còn số tiền sẽ đi đâu, kể cả gửi trả, là việc của nhà cung cấp, ngân hàng và công an.
verify-my-account-forward-choice-forward = [Chuyển tiền tới tài khoản anh ta đưa và giữ lại 5 % của bạn]
verify-my-account-forward-choice-last = Khoản này mình chuyển nốt, nhưng sau đó mình sẽ đóng tài khoản luôn.
verify-my-account-forward-choice-last-feedback = Đóng tài khoản sau đó không xóa được lần chuyển này: đó vẫn là tiền của người khác, do bạn chuyển đi. Hãy để nguyên và báo nhà cung cấp, ngân hàng của bạn và công an.

verify-my-account-fine-easy-money = Một việc ngắn với giá bình thường, có hợp đồng Upwork và tiền do nền tảng giữ, là công việc bình thường, kể cả khi nó đến từ một người quen trong nhóm chat. Tiền dễ là tiền trả cho gần như không làm gì, như 50 đô cho một tấm selfie cầm CCCD.
verify-my-account-fine-kyc-for-hire = Xác nhận thông tin nhận tiền của chính bạn trong phần cài đặt Upwork mà bạn tự mở, cho số tiền bạn làm ra, là nền tảng đang kiểm tra bạn. Dấu hiệu đáng ngờ là điều ngược lại: xác minh một tài khoản bằng giấy tờ và khuôn mặt của bạn để người khác dùng.

verify-my-account-frozen = Năm tuần sau: nhà cung cấp đóng tài khoản và phong tỏa số tiền còn lại. Ngân hàng của bạn gửi thư hỏi tiền từ đâu ra, và cảnh báo có thể đóng cả các tài khoản của chính bạn.
verify-my-account-compromised = Một tài khoản được xác minh bằng giấy tờ và khuôn mặt của bạn đã chuyển tiền cho những người bạn chưa từng gặp, và mọi dấu vết đều dừng ở bạn. Điều đó có thể biến bạn thành một phần của vụ lừa đảo hoặc rửa tiền, và rủi ro pháp lý vẫn nằm ở bạn: ở Việt Nam, cho thuê hay mua bán tài khoản ngân hàng có thể bị truy cứu trách nhiệm hình sự, và ngân hàng đóng những tài khoản như vậy. Nhiều người bị kéo vào tưởng đó chỉ là giúp một việc nhỏ vô hại, và người bị lừa không giống người cố ý dựng nên một hệ thống như vậy. Chủ động lên tiếng sớm sẽ giúp ích. Hãy dừng lại và đừng chuyển gì thêm, kể hết với nhà cung cấp và ngân hàng của bạn và đề nghị đóng tài khoản, giữ lại đoạn chat, và trình báo công an. Trang “Đã lỡ dính vào?” trong trò chơi (phím I) có các bước tiếp theo.

verify-my-account-reported = Bạn đã chặn và báo cáo anh ta trước khi có bất cứ thứ gì được mở dưới tên bạn. Giấy tờ của bạn vẫn là của bạn, và Telegram cùng Upwork có thể xem xét anh ta trước khi anh ta hỏi người tiếp theo trong nhóm.
verify-my-account-reported-docs = Bạn không gửi gì, đã chặn anh ta và báo cáo đoạn chat. Không tài khoản nào mang tên hay khuôn mặt của bạn, và các nền tảng đã biết về anh ta trước khi anh ta thử với người tiếp theo.
verify-my-account-reported-late = Bạn giữ lại thông tin đăng nhập, cho đóng tài khoản trước khi có tiền di chuyển, và báo cáo anh ta. Nếu bạn đã gửi anh ta ảnh giấy tờ, hãy báo cả ngân hàng để họ để ý những tài khoản được mở dưới tên bạn.
verify-my-account-reported-money = Bạn để nguyên số tiền, chặn anh ta và tìm đến nhà cung cấp và công an. Hãy báo cả ngân hàng, và để họ quyết định tiền sẽ đi đâu. Tự mình lên tiếng đặt bạn vào vị thế tốt hơn nhiều so với chờ đợi.
