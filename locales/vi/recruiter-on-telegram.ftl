# Kịch bản “recruiter-on-telegram”: một nhà tuyển dụng đàng hoàng của công ty phần mềm
# Larchwood Software, chuyển từ LinkedIn sang Telegram hoặc WhatsApp để hẹn lịch.
# Biến: $recruiter (tên một người phụ nữ), $monthly (đô la mỗi tháng), $weekday (tuesday hoặc
# thursday, dùng cho bộ chọn).
# Giọng: thân thiện, thoải mái, câu ngắn, đôi chỗ hơi vụng như người viết vội (không bao giờ để
# chế giễu). Cô ấy xưng “tôi”, gọi người chơi là “bạn”. Người chơi luôn xưng “mình”, như trong
# mọi kịch bản. Vài tin nhắn bắt đầu bằng chữ thường, vài tin có emoji.

recruiter-on-telegram-title = Một vị trí React qua nhà tuyển dụng trên LinkedIn
recruiter-on-telegram-summary = Một nhà tuyển dụng trên LinkedIn có vị trí làm từ xa sáu tháng cho một khách hàng của công ty cô ấy.
recruiter-on-telegram-cast-recruiter = { $recruiter }

recruiter-on-telegram-li-request = Yêu cầu nhắn tin mới trên LinkedIn từ { $recruiter }, nhà tuyển dụng tại Larchwood Software.
recruiter-on-telegram-li-hello = Chào bạn! Tôi là { $recruiter }, tuyển dụng ở Larchwood Software. Bên tôi là công ty phần mềm khoảng 80 người, làm web app cho khách hàng ở châu Âu. Tôi có xem mấy dự án React của bạn trên GitHub, nhìn rất chắc tay.
recruiter-on-telegram-li-offer = Bên tôi có vị trí sáu tháng cho khách hàng, một công ty logistics. Làm từ xa, toàn thời gian, { MONEY($monthly) } mỗi tháng. Hợp đồng ký với Larchwood đứng tên bạn, hoặc qua employer of record của bên tôi nếu ở nước bạn như vậy dễ hơn. Bạn có muốn nói chuyện thêm không?
recruiter-on-telegram-li-move = linkedin thì một ngày tôi chỉ vào vài lần 😅 hẹn lịch thì Telegram hoặc WhatsApp tiện hơn. Bạn dùng cái nào? Tôi nhắn bạn ở đó

recruiter-on-telegram-move-choice-check = Được. Để mình tự tra Larchwood trước, rồi mình chuyển qua.
recruiter-on-telegram-move-choice-check-feedback = Thói quen tốt: bạn kiểm tra công ty qua chính trang web và liên hệ của họ, chứ không qua thứ cô ấy gửi. Đó mới là bước kiểm tra có giá trị.
recruiter-on-telegram-move-choice-stay = Mình muốn tạm thời cứ nói chuyện trên LinkedIn, nếu bạn thấy ổn.
recruiter-on-telegram-move-choice-stay-feedback = Bạn có quyền làm vậy, và cô ấy đồng ý. Bản thân việc hẹn lịch qua ứng dụng nhắn tin không phải là mối nguy: điều quan trọng là bạn có biết cô ấy là ai không, và hợp đồng cùng tiền lương có còn được bảo vệ không.
recruiter-on-telegram-move-choice-pass = Bàn chuyện việc làm qua ứng dụng nhắn tin làm mình lo. Mình xin thôi nhé.
recruiter-on-telegram-move-choice-pass-feedback = Bản thân việc hẹn lịch qua ứng dụng nhắn tin không phải là mối nguy. Điều quan trọng là bạn có kiểm tra được cô ấy là ai qua những kênh cô ấy không kiểm soát hay không, và hợp đồng cùng tiền lương có đứng tên chính bạn hay không. Ở đây cả hai điều đều dễ tìm hiểu.

recruiter-on-telegram-stay-reply = Được chứ, không sao, vậy mình nói tiếp ở đây.

recruiter-on-telegram-switchboard = Bạn tự tìm Larchwood Software. Trang web của chính công ty có đăng vị trí này ở mục tuyển dụng. Bạn gọi số văn phòng trên trang liên hệ, và lễ tân xác nhận { $recruiter } làm trong nhóm tuyển dụng.
recruiter-on-telegram-colleague = Bạn tự tìm Larchwood Software và thấy vị trí này ở mục tuyển dụng trên trang web. Bạn viết tới địa chỉ chung trên trang; một đồng nghiệp trả lời từ tên miền của công ty: đúng, { $recruiter } là một trong các nhà tuyển dụng của họ, và vị trí vẫn đang mở.

recruiter-on-telegram-msg-hello = chào bạn, { $recruiter } bên Larchwood đây 👋 cảm ơn bạn đã thêm tôi!
recruiter-on-telegram-role = Về vị trí nhé. Khách hàng là công ty logistics ở Hà Lan, họ đang làm app mới cho tài xế. Bạn sẽ ở trong team bên tôi cùng hai dev khác của Larchwood, React và một chút Node.
recruiter-on-telegram-contract-how = Hợp đồng và lương đi qua Larchwood, hoặc qua employer of record của bên tôi nếu bạn muốn. Hằng tháng vào tài khoản ngân hàng của chính bạn, đứng tên bạn.
recruiter-on-telegram-ask-video = Bước tiếp theo là phỏng vấn video với tech lead bên tôi, 45 phút, vào { $weekday ->
    [tuesday] thứ Ba
   *[other] thứ Năm
}. Bạn bật camera giúp nhé, họ muốn thấy người sẽ làm cùng mình. Sau đó có thêm một cuộc gọi ngắn với khách hàng.

recruiter-on-telegram-video-choice-invite = Được, mình sẽ bật camera. Bạn gửi lời mời từ email công ty giúp mình nhé.
recruiter-on-telegram-video-choice-invite-feedback = Tốt: lời mời từ địa chỉ của chính công ty gắn buổi phỏng vấn với công ty mà bạn kiểm tra được.
recruiter-on-telegram-video-choice-refuse = Mình không muốn lên camera lắm. Phỏng vấn qua chat thay vào đó được không?
recruiter-on-telegram-video-choice-refuse-feedback = Gặp qua video với tư cách chính mình, cho công việc chính bạn sẽ làm, là chuyện bình thường. Dấu hiệu cảnh báo là bị nhờ xuất hiện thay cho người khác.
recruiter-on-telegram-video-choice-uneasy = Dạo này phỏng vấn qua video làm mình thấy bất an. Lần này mình xin thôi.
recruiter-on-telegram-video-choice-uneasy-feedback = Dè dặt với camera là dễ hiểu, nhưng buổi phỏng vấn này là với chính bạn, cho công việc bạn tự làm, tại một công ty bạn kiểm tra được. Dấu hiệu cảnh báo là bị nhờ xuất hiện thay cho người khác.

recruiter-on-telegram-video-why = Hmm, với bên tôi video là chuyện tiêu chuẩn, khách hàng muốn thấy người thật sự làm việc. Họ tuyển bạn, không phải tuyển CV. Bạn làm vậy được không?
recruiter-on-telegram-video-again-agree = Cũng hợp lý. Bạn đặt lịch đi, mình sẽ vào.
recruiter-on-telegram-video-again-test = Bạn gửi mình một bài test thay vào đó được không? Không video nhé, xin lỗi.
recruiter-on-telegram-video-again-decline = Xin lỗi, mình không gọi video khi xin việc. Mình xin thôi.

recruiter-on-telegram-invite = Một lời mời lịch đến từ một địa chỉ của Larchwood: “Phỏng vấn kỹ thuật”, có tech lead và { $recruiter }.
recruiter-on-telegram-interview = Buổi phỏng vấn: tech lead hỏi về các dự án trước đây của chính bạn, và hai bên cùng bàn một bài nhỏ. Một tuần sau là cuộc gọi ngắn với quản lý sản phẩm của khách hàng.
recruiter-on-telegram-liked = Tech lead rất thích bạn, cuộc gọi với khách hàng cũng tốt. Bên tôi muốn gửi bạn lời mời làm việc!
recruiter-on-telegram-ask-passport = Để làm hợp đồng, HR cần bản sao hộ chiếu của bạn. Cho nhanh, bạn cứ gửi ảnh vào đây, hôm nay tôi chuyển cho họ luôn 🙏

recruiter-on-telegram-docs-choice-send = Được, mình gửi ngay. Mình cũng muốn bắt đầu sớm.
recruiter-on-telegram-docs-choice-portal = Mình muốn tự tải lên hệ thống onboarding của HR hơn.
recruiter-on-telegram-docs-choice-portal-feedback = Đúng. Kể cả với một nhà tuyển dụng đàng hoàng, ảnh hộ chiếu trong chat có thể trôi đi bất cứ đâu. Giấy tờ tùy thân chỉ nên vào hệ thống onboarding của chính nhà tuyển dụng hoặc employer of record.
recruiter-on-telegram-docs-choice-email = Được, nhưng mình sẽ gửi vào email công ty của bạn thay vì ở đây.
recruiter-on-telegram-docs-choice-email-feedback = Đỡ hơn chat, nhưng vẫn để lại một bản sao trong hộp thư của ai đó. Giấy tờ tùy thân chỉ nên vào hệ thống onboarding của chính nhà tuyển dụng hoặc employer of record, do bạn tự mở.

recruiter-on-telegram-docs-portal-reply = Ừ đúng rồi, bạn nói phải, xin lỗi nhé! Hôm nay HR sẽ gửi bạn đường dẫn vào hệ thống onboarding, bạn tải lên ở đó.
recruiter-on-telegram-docs-sent-reply = nhận rồi, cảm ơn bạn! Tôi chuyển cho HR
recruiter-on-telegram-hr-note = Email từ HR của Larchwood: “Cảm ơn bạn. Vui lòng chỉ tải hộ chiếu lên hệ thống onboarding của chúng tôi; chúng tôi đã yêu cầu { $recruiter } xóa bản sao cô ấy nhận được.”

recruiter-on-telegram-onboarding = Một lời mời vào hệ thống onboarding của Larchwood đến qua email. Bạn tự tải giấy tờ lên đó và đọc hợp đồng: tên bạn, sáu tháng, { MONEY($monthly) } mỗi tháng, trả vào tài khoản ngân hàng của chính bạn.
recruiter-on-telegram-nda = còn một việc: hợp đồng có NDA. Nên bạn đừng đăng tên khách hàng hay code của họ lên LinkedIn hoặc GitHub nhé. Nói là bạn làm cho Larchwood thì tất nhiên được

recruiter-on-telegram-nda-choice-accept = Hiểu rồi. Mình chỉ nhắc Larchwood, không nhắc khách hàng.
recruiter-on-telegram-nda-choice-ask = Được. NDA chỉ về code khách hàng, không về lương của mình nhỉ?
recruiter-on-telegram-nda-choice-ask-feedback = Nên hỏi rõ điều này. NDA về code của khách hàng là bình thường; NDA bắt giấu chính thỏa thuận với ngân hàng hay cơ quan nhà nước thì không.
recruiter-on-telegram-nda-choice-refuse = Điều khoản bảo mật làm mình lo. Ở đây mình không ký NDA nào đâu.
recruiter-on-telegram-nda-choice-refuse-feedback = NDA bảo vệ code và dữ liệu của khách hàng là phần bình thường của hợp đồng. Dấu hiệu cảnh báo là bị yêu cầu giấu chính thỏa thuận, với nền tảng, ngân hàng hay cơ quan nhà nước.

recruiter-on-telegram-nda-ask-reply = đúng vậy, chỉ code và dữ liệu của khách hàng thôi. Hợp đồng, lương và thuế của bạn thì bạn cho ai xem cũng được, khi cần.
recruiter-on-telegram-nda-refused = Tôi hiểu, nhưng không có NDA thì khách hàng không thể cho truy cập code. Nếu muốn, bạn cứ đưa hợp đồng cho luật sư xem, lời mời còn hiệu lực đến thứ Sáu.

recruiter-on-telegram-paid = Cuối tháng: khoản lương đầu tiên, { MONEY($monthly) }, về tài khoản ngân hàng của chính bạn, theo hợp đồng của bạn.
recruiter-on-telegram-congrats = xong tháng đầu rồi! 🎉 Tech lead bảo bạn đã sửa luôn cái bug định tuyến mà ai cũng ghét
recruiter-on-telegram-docs-note = Một điều nên nhớ: ảnh hộ chiếu của bạn cũng đã được gửi qua chat hoặc email. Công ty này đàng hoàng và đã xóa nó; lần sau, giấy tờ tùy thân chỉ nên vào hệ thống onboarding chính thức.

recruiter-on-telegram-hired = Bạn nhận được việc, với tư cách chính mình. Việc chuyển sang ứng dụng nhắn tin chỉ để hẹn lịch, công ty kiểm tra được qua chính trang web và liên hệ của họ, hợp đồng và lương đứng tên bạn, còn hộ chiếu chỉ thuộc về hệ thống onboarding chính thức.
recruiter-on-telegram-missed-move = Bạn đã bỏ lỡ một công việc thật. Một nhà tuyển dụng chuyển sang ứng dụng nhắn tin thì đáng để xem kỹ hơn, và ở đây việc đó rất dễ: trang web của chính công ty, số điện thoại văn phòng của họ, và một hợp đồng đứng tên bạn. Hãy kiểm tra trước, rồi hẵng quyết định.
recruiter-on-telegram-missed-video = Bạn đã bỏ lỡ một công việc thật. Dè dặt với camera là dễ hiểu; nhưng ở đây đó là buổi phỏng vấn với chính bạn, cho công việc bạn tự làm, tại một công ty bạn kiểm tra được. Dấu hiệu cảnh báo là bị nhờ xuất hiện thay cho người khác.
recruiter-on-telegram-missed-nda = Bạn đã bỏ lỡ một công việc thật vì một NDA bình thường. Cẩn thận là tốt, và lần sau hãy hỏi NDA bao gồm chính xác những gì: code của khách hàng là bình thường, còn giấu thỏa thuận với ngân hàng hay cơ quan nhà nước thì không.

recruiter-on-telegram-fine-off-platform = Chuyển sang Telegram hoặc WhatsApp để hẹn lịch ở đây là ổn. Công ty kiểm tra được qua chính trang web và tổng đài của họ, thứ mà cô ấy không kiểm soát, còn hợp đồng và lương vẫn thuộc Larchwood, đứng tên bạn.
recruiter-on-telegram-fine-proxy-verification = Buổi phỏng vấn video là ổn: bạn xuất hiện với tư cách chính mình, cho công việc bạn tự làm. Dấu hiệu cảnh báo là bị nhờ xuất hiện, hoặc vượt qua bước kiểm tra, thay cho người khác.
recruiter-on-telegram-fine-secrecy = NDA là ổn: nó bảo vệ code của khách hàng, nằm trong chính hợp đồng của bạn và không giấu gì với bạn, ngân hàng hay cơ quan thuế. Dấu hiệu cảnh báo là bị yêu cầu giấu chính thỏa thuận đó.
