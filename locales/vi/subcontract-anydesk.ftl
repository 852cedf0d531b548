# Kịch bản “subcontract-anydesk”: một lời mời nhận thầu lại từ một agency trên Upwork rồi chuyển sang Telegram.
# Biến: $recruiter (tên một phụ nữ), $handle (một tên Telegram), $rate (đô la mỗi giờ),
# $monthly (đô la mỗi tháng). Chủ agency là phụ nữ, xưng “mình”, gọi người chơi là “bạn”;
# nhắn thân thiện, thoải mái: câu ngắn, đôi khi viết thường, thỉnh thoảng có emoji, nhưng không ẩu.
# Người chơi luôn xưng “mình”, kể cả khi từ chối, để cách xưng hô không để lộ đáp án.
# Cuộc gọi video trên Upwork là yêu cầu vô hại: đồng ý là đúng.

subcontract-anydesk-title = Nhận thầu lại cho một agency đang quá tải
subcontract-anydesk-summary = Một chủ agency ở Austin mời bạn làm React đều đặn qua Upwork.
subcontract-anydesk-cast-recruiter = { $recruiter }

subcontract-anydesk-hello = Chào bạn! Mình xem profile của bạn rồi, review tốt thật sự. Mình điều hành một agency dev nhỏ ở Austin, dạo này khách nhiều hơn người làm.
subcontract-anydesk-hello-invite = Chào bạn, mình đã mời bạn vào tin tuyển dụng của mình nhưng muốn nhắn trực tiếp luôn 🙂 Bên mình là agency dev nhỏ ở Austin, dạo này khách nhiều hơn người làm.
subcontract-anydesk-offer = Bạn có muốn nhận thầu lại cho bên mình không? { MONEY($rate) }/giờ, việc đều, chủ yếu React và một ít API. Với profile của bạn thì làm tốt thôi.
subcontract-anydesk-call = Trước khi bàn chi tiết, mình gọi video nhanh 10 phút ngay trên Upwork được không? Mình thích biết mình làm việc với ai.
subcontract-anydesk-call-choice-yes = Được chứ, gọi ngắn trên Upwork là ổn. Chiều mai mình rảnh.
subcontract-anydesk-call-choice-contract-first = Khi nào ký hợp đồng rồi mình mới gọi video. Trước đó mình nhắn tin thôi nhé.
subcontract-anydesk-call-choice-contract-first-feedback = Cuộc gọi diễn ra trước hợp đồng vì đó là lúc hai bên quyết định có ký hay không. Xuất hiện trên nền tảng với chính con người mình chẳng làm bạn mất gì; dấu hiệu đáng lo là khi bạn bị nhờ lên hình thay cho người khác.
subcontract-anydesk-call-choice-refuse = Mình không gọi video với người chưa từng làm việc cùng. Nhắn tin là đủ rồi.
subcontract-anydesk-call-choice-refuse-feedback = Một cuộc gọi video ngắn trên nền tảng, nơi bạn xuất hiện với chính con người mình, là điều nhiều khách hàng tử tế vẫn đề nghị. Dấu hiệu đáng lo là khi bạn bị nhờ lên hình thay cho người khác.
subcontract-anydesk-call-done = Một cuộc gọi mười phút trên Upwork: { $recruiter } hỏi về kinh nghiệm React của bạn, cho bạn xem một bản thiết kế mẫu và kể rằng team chị ấy đang ngập việc.
subcontract-anydesk-no-call = Không sao, nhắn tin cũng được. Mình nói tiếp nhé.

subcontract-anydesk-move = ok, còn một chuyện. chat trên upwork chậm quá với team mình, mình qua Telegram nói tiếp được không? mình là @{ $handle }
subcontract-anydesk-move-choice-ask = Bạn gửi lời mời hợp đồng qua Upwork trước được không?
subcontract-anydesk-move-choice-ask-feedback = Câu hỏi hay. Một khách hàng thật có thể gửi lời mời ngay trên nền tảng; hỏi điều đó bạn chẳng mất gì.
subcontract-anydesk-move-choice-halfway = Nói chuyện nhanh trên Telegram thì được, nhưng hợp đồng vẫn phải qua Upwork.
subcontract-anydesk-move-choice-halfway-feedback = Một khi cuộc trò chuyện đã sang Telegram, Upwork không còn thấy người ta nhờ bạn làm gì, và “hợp đồng làm sau” hiếm khi đến. Gửi lời mời qua Upwork chẳng làm một khách hàng tử tế mất gì.
subcontract-anydesk-move-choice-go = [Thêm @{ $handle } trên Telegram và nhắn chị ấy bên đó; vậy cũng tiện hơn]

subcontract-anydesk-stay-reply = hiểu mà, nhưng bên tele dễ hơn nhiều, cả team mình ở đó. hợp đồng thì làm sau, đừng lo
subcontract-anydesk-insist-choice-give-in = [Thêm chị ấy trên Telegram và nhắn bên đó; phần lớn khách của bạn cũng dùng nó]
subcontract-anydesk-insist-choice-check = Bạn gửi mình giấy đăng ký kinh doanh của agency trước, rồi mình qua Telegram.
subcontract-anydesk-insist-choice-check-feedback = Một giấy tờ do chính chị ấy gửi thì chẳng chứng minh được gì: ai cũng làm ra một tệp PDF được. Chỉ phép kiểm tra mà chị ấy không điều khiển được mới có giá trị: một lời mời hợp đồng trên Upwork, nơi nền tảng thấy được mọi chuyện.
subcontract-anydesk-insist-choice-report = [Không trả lời; cứ chặn tài khoản và báo cáo tin nhắn với Upwork]
subcontract-anydesk-insist-choice-report-feedback = Chặn và báo cáo chỉ mất một phút, và Upwork có thể kiểm tra tài khoản này trước khi nó nhắn cho freelancer tiếp theo.
subcontract-anydesk-registration-file = { $recruiter } đã gửi cho bạn một tệp: agency_registration.pdf
subcontract-anydesk-registration-sent = đây nha, giấy tờ đầy đủ. gặp bạn bên tele!

subcontract-anydesk-tg-hello = Chào bạn, mình là { $recruiter } nè 👋 cảm ơn đã qua đây
subcontract-anydesk-tg-plan = Bên mình làm thế này. Tài khoản Upwork của mình bị đóng vì giới hạn khu vực, nên bên mình làm việc qua tài khoản của những freelancer giỏi như bạn.
subcontract-anydesk-tg-share = Dev bên mình làm việc trên tài khoản của bạn, bạn nhận 20% mà gần như không phải làm gì. Vậy là { MONEY($monthly) } mỗi tháng, dễ dàng. Bạn tham gia chứ?
subcontract-anydesk-account-choice-easy = { MONEY($monthly) } mỗi tháng là đủ tiền nhà của mình. Nếu dev bên bạn giỏi thì sao lại không?
subcontract-anydesk-account-choice-refuse = Không. Để người khác làm việc qua tài khoản của mình là vi phạm quy định của Upwork.
subcontract-anydesk-account-choice-condition = Chỉ khi mình giữ mật khẩu và tự xác nhận từng mã đăng nhập.
subcontract-anydesk-account-choice-condition-feedback = Dù bạn tự xác nhận từng lần đăng nhập, người lạ vẫn làm việc và nhận tiền dưới tên bạn; bạn chỉ là người mở cửa cho họ mỗi lần.

subcontract-anydesk-pressure = bình tĩnh nào, nhiều team làm vậy lắm. { MONEY($monthly) } mỗi tháng, chắc chắn. Nhưng mình cần bạn đồng ý trong hôm nay, có một freelancer khác đang chờ.
subcontract-anydesk-pressure-choice-give-in = Mình không muốn lỡ cơ hội này. Được rồi, bạn cần gì ở mình để bắt đầu?
subcontract-anydesk-pressure-choice-leave = Hạn chót kiểu đó chỉ làm mình cẩn thận hơn thôi. Mình rút.
subcontract-anydesk-pressure-choice-proof = Bạn gửi mình ảnh chụp các khoản đã trả cho những freelancer khác, rồi mình đồng ý.
subcontract-anydesk-pressure-choice-proof-feedback = Ảnh chụp màn hình rất dễ làm giả, và ảnh thật cũng chỉ cho thấy tài khoản của người khác đang bị dùng y như vậy. Vấn đề chưa bao giờ là chị ấy có trả tiền không, mà là bạn sẽ trao đi những gì.
subcontract-anydesk-payouts-file = { $recruiter } gửi ba ảnh chụp màn hình: các khoản trả cho freelancer khác, khoản nào cũng ghi “đã thanh toán”.

subcontract-anydesk-ask-id = Tuyệt! Bước đầu tiên: Upwork sẽ muốn xác minh lại tài khoản, thỉnh thoảng họ làm vậy.
subcontract-anydesk-ask-docs = vậy bạn gửi mình ảnh hộ chiếu, cả hai mặt, với một tấm selfie cầm hộ chiếu nhé. còn khi upwork yêu cầu xác minh video thì bạn làm, trong lúc dev của mình ngồi máy
subcontract-anydesk-id-choice-send = [Chụp hộ chiếu, chụp selfie rồi gửi cả hai cho chị ấy]
subcontract-anydesk-id-choice-refuse = Hộ chiếu mình giữ, và xác minh video thay cho người khác thì cũng không.
subcontract-anydesk-id-choice-refuse-feedback = Đúng vậy: giấy tờ và gương mặt của bạn sẽ bảo lãnh cho một người bạn chưa từng gặp.
subcontract-anydesk-id-choice-video-only = Xác minh video thì mình làm được, dù sao cũng là mặt mình. Còn ảnh hộ chiếu thì không.
subcontract-anydesk-id-choice-video-only-feedback = Giữ lại hộ chiếu là đúng, nhưng xác minh video còn là món quà lớn hơn: gương mặt bạn sẽ bảo lãnh cho một tài khoản mà người lạ đang làm việc trên đó. Chỉ nên lên hình cho chính mình và cho việc của chính mình.

subcontract-anydesk-anydesk = Được rồi, việc cuối. Bạn cài AnyDesk để dev bên mình làm việc từ máy bạn, vậy Upwork thấy IP của bạn và mọi thứ đều sạch ✅
subcontract-anydesk-anydesk-file = { $recruiter } đã gửi cho bạn một tệp: AnyDesk.exe (5,2 MB)
subcontract-anydesk-keep-quiet = cài xong thì gửi mình mã, và cứ để laptop mở qua đêm. Đừng nhắc gì về bên mình với Upwork nhé, xong thì xóa đoạn chat này 😉
subcontract-anydesk-anydesk-choice-install = [Chạy tệp cài đặt, gửi chị ấy mã và để laptop luôn bật]
subcontract-anydesk-anydesk-choice-watch = Mình cài, nhưng chỉ bật khi mình ngồi ở bàn xem được. Ban đêm thì không.
subcontract-anydesk-anydesk-choice-watch-feedback = Ngồi nhìn màn hình không thay đổi được chuyện công việc chạy trên máy ai, qua mạng của ai và dưới tên ai, còn những gì diễn ra trong các tài khoản phía sau thì bạn không thấy. Cho người lạ truy cập từ xa mới là yêu cầu cần từ chối.
subcontract-anydesk-anydesk-choice-report = [Xóa tệp khi chưa mở, chặn chị ấy và báo cáo đoạn chat với Upwork]

subcontract-anydesk-fine-proxy-verification = Một cuộc gọi video ngắn trên Upwork, nơi bạn xuất hiện với tư cách chính mình cho công việc của chính mình, là bước bình thường trước khi ký hợp đồng. Điều đáng lo là yêu cầu về sau: ngồi trước camera cho bước xác minh của Upwork trong khi người khác ngồi máy.

subcontract-anydesk-suspended = Ba tuần sau: “Tài khoản Upwork của bạn đã bị đình chỉ do vi phạm Điều khoản dịch vụ.”
subcontract-anydesk-docs-used = Ngân hàng báo cho bạn: có người đã mở tài khoản trực tuyến bằng thông tin hộ chiếu của bạn.
subcontract-anydesk-compromised = Người lạ đã làm việc qua tài khoản của bạn, trên máy tính của bạn, dưới tên bạn. Điều đó có thể biến bạn thành một phần của một vụ lừa đảo, và lệnh cấm cùng rủi ro pháp lý ở lại với bạn, không phải với họ. Chuyện này xảy ra cả với người cẩn thận, và lên tiếng sớm sẽ giúp ích: gỡ AnyDesk, đổi mật khẩu từ một thiết bị khác, và kể cho Upwork cùng ngân hàng của bạn chuyện đã xảy ra. Trang “Đã lỡ dính vào?” (nhấn I, hoặc gõ redflag involved) sẽ hướng dẫn các bước tiếp theo.

subcontract-anydesk-reported-early = Bạn đã chặn tài khoản và báo cáo tin nhắn mà không nói với chị ấy lời nào. Giờ Upwork có thể xem xét tài khoản này trước khi nó tìm đến người khác.
subcontract-anydesk-walked-away = Bạn đã kết thúc cuộc trò chuyện trước khi giao tài khoản hay máy tính của mình. Không có gì chạy trên máy bạn dưới tên bạn.
subcontract-anydesk-docs-out-reported = Bạn đã gửi ảnh hộ chiếu trước đó. Hãy nêu điều này trong báo cáo, báo cho ngân hàng, và để ý các tài khoản được mở dưới tên bạn.
subcontract-anydesk-reported = Bạn đã chặn chị ấy và báo cáo đoạn chat mà không cảnh báo trước. Tài khoản và máy tính vẫn là của bạn, và nền tảng đã biết chuyện.
