# Kịch bản “subcontract-anydesk”: một lời mời “nhận thầu lại” trên Upwork rồi chuyển sang Telegram.
# Biến: $recruiter (một cái tên), $handle (một tên Telegram), $rate (đô la mỗi giờ),
# $monthly (đô la mỗi tháng). Kẻ tuyển dụng nhắn nhanh, suồng sã, viết tắt và hơi ẩu.
# Người chơi luôn xưng “mình”, kể cả khi từ chối, để cách xưng hô không để lộ đáp án.

subcontract-anydesk-title = Agency nhiều việc làm không xuể
subcontract-anydesk-summary = Một chủ agency thân thiện trên Upwork mời bạn nhận thầu lại những việc đều đặn.
subcontract-anydesk-cast-recruiter = { $recruiter }

subcontract-anydesk-hello = Chào bạn! Mình xem profile của bạn rồi, review xịn thật sự 👍 Mình có 1 agency dev nhỏ ở Austin, dạo này khách nhiều hơn người làm luôn á
subcontract-anydesk-hello-invite = Hey! Mình đã mời bạn vào tin tuyển dụng của mình nhưng cũng muốn nhắn trực tiếp luôn 😊 bên mình là một agency dev nhỏ ở Austin, dạo này khách nhiều hơn người làm á
subcontract-anydesk-offer = Bạn có muốn nhận thầu lại cho bên mình ko? { MONEY($rate) }/giờ, việc đều, chủ yếu React với ít API. Nói thật với trình của bạn thì dễ ợt
subcontract-anydesk-move = chat trên upwork lag quá bên mình ko quen, qua Telegram nói tiếp dc ko? nick mình là @{ $handle }

subcontract-anydesk-move-choice-stay = Cảm ơn bạn! Mình muốn tiếp tục trao đổi ở đây trên Upwork cho đến khi có hợp đồng.
subcontract-anydesk-move-choice-ask = Sao bạn không gửi lời mời hợp đồng qua Upwork trước?
subcontract-anydesk-move-choice-ask-feedback = Câu hỏi hay. Một khách hàng thật có thể gửi lời mời ngay trên nền tảng; hỏi điều đó bạn chẳng mất gì.
subcontract-anydesk-move-choice-go = Ok, mình sẽ nhắn bạn bên đó.

subcontract-anydesk-stay-reply = ok ko sao nhưng nói thật bên tele tiện hơn nhiều, cả team mình ở đó hết. hợp đồng thì tính sau, đừng lo
subcontract-anydesk-insist-choice-give-in = Thôi được, vậy chuyển qua Telegram.
subcontract-anydesk-insist-choice-decline = Vậy thì mình xin phép không nhận. Chúc dự án của bạn suôn sẻ!
subcontract-anydesk-insist-choice-report = Mình không nhận, và mình sẽ báo cáo tin nhắn này với Upwork.
subcontract-anydesk-insist-choice-report-feedback = Báo cáo chỉ mất một phút, và nó bảo vệ freelancer tiếp theo mà người này nhắn tin.

subcontract-anydesk-tg-hello = hey mình { $recruiter } nè 👋 thx đã qua đây nha
subcontract-anydesk-tg-plan = ok bên mình làm thế này. acc upwork của mình bị khóa vì giới hạn khu vực 😕 nên bên mình làm qua acc của mấy freelancer xịn như bạn
subcontract-anydesk-tg-share = dev bên mình làm hết việc trên acc của bạn, bạn nhận 20% mà gần như ko phải làm gì. vậy là { MONEY($monthly) } một tháng ngon ơ
subcontract-anydesk-account-choice-easy = Vậy mình chỉ cần cho bạn mượn tài khoản là có tiền? Nghe cũng dễ.
subcontract-anydesk-account-choice-refuse = Để người khác làm việc qua tài khoản của mình là vi phạm quy định của Upwork. Không được.
subcontract-anydesk-account-choice-who = Chính xác thì ai sẽ đăng nhập dưới tên mình?
subcontract-anydesk-account-choice-who-feedback = Hỏi xem ai sẽ hành động dưới tên bạn là hoàn toàn đúng: câu trả lời thật ở đây sẽ là “một người lạ”.

subcontract-anydesk-pressure = thoải mái đi bro ai cũng làm vậy mà 😅 làm ăn thôi. { MONEY($monthly) } mỗi tháng đảm bảo. nhưng mình cần câu trả lời trong hôm nay nha, có freelancer khác đang chờ
subcontract-anydesk-pressure-choice-give-in = Thôi được rồi. Bạn cần mình làm gì?
subcontract-anydesk-pressure-choice-leave = Hối thúc kiểu đó chỉ làm mình cẩn thận hơn thôi. Mình không tham gia.
subcontract-anydesk-pressure-choice-report = Mình không tham gia, và mình sẽ báo cáo cuộc trò chuyện này.

subcontract-anydesk-ask-id = tuyệt!! đầu tiên mình cần qua lại bước xác minh của upwork. gửi mình ảnh hộ chiếu của bạn, cả 2 mặt, với 1 tấm selfie cầm hộ chiếu nha
subcontract-anydesk-ask-video = còn khi upwork đòi check video thì bạn cứ làm thôi, người của mình sẽ ngồi máy cùng lúc
subcontract-anydesk-id-choice-send = Ok, mình gửi ảnh ngay đây.
subcontract-anydesk-id-choice-refuse = Mình sẽ không gửi hộ chiếu, và cũng không xác minh video thay cho người khác.
subcontract-anydesk-id-choice-refuse-feedback = Đúng vậy: giấy tờ và khuôn mặt của bạn sẽ bảo lãnh cho một người bạn chưa từng gặp.
subcontract-anydesk-id-choice-report = Đây là gian lận danh tính. Mình dừng ở đây và sẽ báo cáo tài khoản của bạn.

subcontract-anydesk-anydesk = ok ok, việc cuối. cài AnyDesk để dev bên mình làm từ máy bạn, vậy upwork thấy IP của bạn là mọi thứ sạch sẽ ✅
subcontract-anydesk-anydesk-file = { $recruiter } đã gửi cho bạn một tệp: AnyDesk.exe (5,2 MB)
subcontract-anydesk-keep-quiet = ban đêm cứ để laptop bật là dc. và đừng nói với upwork chuyện hợp tác của tụi mình nha, xong thì xóa chat này đi 😉
subcontract-anydesk-anydesk-choice-install = Cài xong rồi. Đây là mã AnyDesk của mình.
subcontract-anydesk-anydesk-choice-refuse = Không ai được điều khiển máy tính của mình từ xa, và mình không giấu nền tảng điều gì cả. Dừng ở đây.
subcontract-anydesk-anydesk-choice-report = Mình chặn bạn và báo cáo chuyện này với Upwork và công an.
subcontract-anydesk-anydesk-choice-report-feedback = Chặn và báo cáo là bước mạnh nhất lúc này. Hãy giữ lại cuộc trò chuyện: đó là bằng chứng.

subcontract-anydesk-suspended = Ba tuần sau: “Tài khoản Upwork của bạn đã bị đình chỉ do vi phạm Điều khoản dịch vụ.”
subcontract-anydesk-docs-used = Ngân hàng của bạn thông báo: một tài khoản đã được mở trực tuyến bằng thông tin hộ chiếu của bạn.
subcontract-anydesk-compromised = Người lạ đã làm việc qua tài khoản của bạn, trên máy tính của bạn, dưới tên bạn. Lệnh cấm trên nền tảng là vĩnh viễn, và mọi khoản tiền đã đi qua bạn đều có thể bị truy ngược về bạn. Chuyện này cũng xảy ra với cả những người cẩn thận: điều quan trọng bây giờ là hành động. Hãy gỡ AnyDesk, đổi mật khẩu, báo cho Upwork và ngân hàng, và trình báo vụ việc.

subcontract-anydesk-walked-away-early = Bạn giữ cuộc trò chuyện trên Upwork và rút lui khi bên kia không chịu. Sự bảo vệ của nền tảng luôn ở bên bạn suốt thời gian đó.
subcontract-anydesk-reported-early = Bạn đã rút lui và báo cáo tin nhắn. Giờ Upwork có thể xem xét tài khoản này trước khi nó tiếp cận người khác.
subcontract-anydesk-docs-out-left = Bạn đã lỡ gửi ảnh hộ chiếu của mình. Hãy báo cho ngân hàng, và để ý các tài khoản được mở dưới tên bạn.
subcontract-anydesk-walked-away = Bạn đã kết thúc cuộc trò chuyện trước khi giao tài khoản hay máy tính của mình. Không có gì chạy trên máy bạn dưới tên bạn.
subcontract-anydesk-docs-out-reported = Bạn đã lỡ gửi ảnh hộ chiếu của mình. Hãy nêu rõ điều đó trong báo cáo, báo cho ngân hàng, và để ý các tài khoản được mở dưới tên bạn.
subcontract-anydesk-reported = Bạn đã kết thúc và báo cáo. Tài khoản và máy tính của bạn vẫn là của bạn, và nền tảng đã biết chuyện.
