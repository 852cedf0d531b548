# Kịch bản “partner-verification”: một nhà tuyển dụng trên LinkedIn muốn bạn vượt qua bước kiểm
# tra danh tính và phỏng vấn video cho một “đối tác” ở nước ngoài, rồi mỗi sáng duyệt đăng nhập
# cho anh ta. Biến: $recruiter (một cái tên), $handle (một tên Telegram), $sector (fintech,
# health hoặc logistics), $monthly (đô la mỗi tháng). Nhà tuyển dụng mở đầu chỉn chu trên
# LinkedIn rồi suồng sã hơn trên Telegram, có lỗi gõ nhỏ và emoji.
# Người chơi luôn xưng “mình”, để cách xưng hô không để lộ đáp án.

partner-verification-title = Chỉ là buổi phỏng vấn
partner-verification-summary = Một nhà tuyển dụng trên LinkedIn có một vị trí lương cao mà chỉ cần bạn bỏ ra chút ít thời gian.
partner-verification-cast-recruiter = { $recruiter }

partner-verification-li-hello = Chào bạn! Tôi là { $recruiter }, talent partner tại Corvale Talent. Chúng tôi giới thiệu kỹ sư làm từ xa cho các công ty Mỹ, và hồ sơ của bạn rất nổi bật.
partner-verification-li-offer = Tôi có một cơ hội hơi khác thường nhưng lương rất cao tại một { $sector ->
    [fintech] start-up fintech
    [health] công ty công nghệ y tế
   *[logistics] công ty phần mềm logistics
} của Mỹ: { MONEY($monthly) } mỗi tháng, và tổng cộng chỉ cần vài giờ thời gian của bạn.
partner-verification-li-move = Gói LinkedIn của tôi bị giới hạn tin nhắn, mình trao đổi tiếp trên Telegram nhé? Trên đó tôi là @{ $handle } 🙂

partner-verification-move-choice-stay = Cảm ơn bạn! Hiện giờ mình muốn tiếp tục trao đổi ở đây trên LinkedIn.
partner-verification-move-choice-ask = Bạn có thể gửi mình tin tuyển dụng và trang của công ty ở đây trước được không?
partner-verification-move-choice-ask-feedback = Một đề nghị hợp lý. Một nhà tuyển dụng thật có thể cho bạn xem vị trí và công ty ngay tại nơi cuộc trò chuyện bắt đầu.
partner-verification-move-choice-go = Ok, mình sẽ nhắn bạn trên Telegram.

partner-verification-stay-reply = Hoàn toàn hiểu! Tôi chỉ được chia sẻ chi tiết theo NDA trên Telegram, đó là chính sách công ty 😊 thật sự đáng để bỏ ra 5 phút
partner-verification-insist-choice-give-in = Ok, mình sẽ nhắn bạn bên đó.
partner-verification-insist-choice-decline = Nếu chi tiết không thể chia sẻ ở đây thì mình xin thôi. Dù sao cũng cảm ơn bạn.
partner-verification-insist-choice-report = Mình xin thôi, và mình sẽ báo cáo tin nhắn này với LinkedIn.
partner-verification-insist-choice-report-feedback = Báo cáo một tin nhắn chỉ mất một phút và giúp LinkedIn phát hiện những tài khoản tiếp cận nhiều người theo cùng một cách.

partner-verification-tg-hello = hey, { $recruiter } đây 👋 cảm ơn bạn đã qua nha!
partner-verification-tg-client = khách hàng là một công ty { $sector ->
    [fintech] fintech
    [health] công nghệ y tế
   *[logistics] phần mềm logistics
} của Mỹ. họ tuyển dev từ xa qua một nền tảng onboarding, nhưng nền tảng đó chỉ nhận người ở Mỹ hoặc châu Âu
partner-verification-tg-partner = đối tác của mình là một dev senior ở nước ngoài, nói thật là cực giỏi, 10 năm kinh nghiệm. mà nền tảng từ chối khu vực của ảnh, nên ảnh còn ko vào được tới vòng phỏng vấn 😕
partner-verification-tg-role = nên ý tưởng thế này: bạn đứng tên ứng viên, qua bước kiểm tra danh tính và một buổi phỏng vấn video ngắn. sau đó ảnh làm toàn bộ công việc thật. còn bạn nhận { MONEY($monthly) } mỗi tháng
partner-verification-proxy-choice-easy = Vậy mình chỉ cần phỏng vấn là tháng nào cũng có tiền? Ok, mình tham gia.
partner-verification-proxy-choice-refuse = Mình sẽ không giả làm ứng viên thay cho người khác.
partner-verification-proxy-choice-who = Vậy là công ty nghĩ họ đã tuyển mình, nhưng người khác làm việc?
partner-verification-proxy-choice-who-feedback = Chính xác. Khuôn mặt và giấy tờ của bạn sẽ bảo lãnh cho một người mà công ty không bao giờ nhìn thấy, và bạn cũng không thấy được người đó.

partner-verification-pitch = đôi bên cùng có lợi mà! khách có code xịn, bạn có tiền, đối tác mình có cơ hội. chẳng ai bị thiệt ✌️
partner-verification-pitch-short = chỉ một buổi phỏng vấn, 20 phút. mình gửi trước câu trả lời cho bạn, bạn chỉ cần thân thiện là dc
partner-verification-pitch-hurry = nhưng mình cần biết trong hôm nay, lịch phỏng vấn là sáng mai mà mình còn 2 ứng viên khác
partner-verification-pitch-choice-give-in = Thôi được rồi. Bạn cần mình làm gì?
partner-verification-pitch-choice-leave = Chuyện như thế này mà còn hối thúc thì mình càng phải cẩn thận. Mình không tham gia.
partner-verification-pitch-choice-report = Không. Mình chặn bạn và báo cáo chuyện này với LinkedIn.

partner-verification-docs = tuyệt 🙌 bước đầu: gửi mình bản scan hộ chiếu hoặc căn cước, với một tấm selfie cầm nó. mình điền form onboarding giúp bạn, đỡ mất thời gian
partner-verification-docs-why = cho mình xin luôn địa chỉ với ngày sinh nha, công ty Mỹ cần để làm hợp đồng
partner-verification-docs-choice-send = Ok, mình gửi bản scan và thông tin đây.
partner-verification-docs-choice-refuse = Mình không gửi giấy tờ cho ai qua chat cả.
partner-verification-docs-choice-refuse-feedback = Đúng vậy. Kiểm tra danh tính diễn ra trong quy trình riêng của công ty hoặc nền tảng, cho chính công việc của bạn. Bản scan gửi qua chat có thể bị dùng để mở tài khoản đứng tên bạn.
partner-verification-docs-choice-report = Đây là gian lận danh tính. Mình dừng ở đây và sẽ báo cáo tài khoản của bạn.
partner-verification-docs-refused = ok ko sao, vậy bạn tự tải lên qua link onboarding mình gửi, cũng vậy thôi 👍

partner-verification-interview = mai phỏng vấn nha, 20 phút video với HR bên họ. bật camera, tên thật, mặt thật của bạn, họ chỉ kiểm tra vậy thôi
partner-verification-script = { $recruiter } đã gửi cho bạn một tệp: interview_answers.pdf
partner-verification-script-read = cứ đọc theo cái này, để nó cạnh camera. đối tác mình sẽ nghe trong cuộc gọi và nhắn câu trả lời cho bạn trong chat nếu họ hỏi gì kỹ thuật
partner-verification-own-cv = họ sẽ hỏi về mấy công việc trước của bạn. cứ kể kinh nghiệm thật, đằng nào cũng dùng CV của bạn mà 😉
partner-verification-own-cv-after = phỏng vấn xong bạn sẽ ko bao giờ phải nói chuyện với họ nữa, đối tác mình tiếp quản từ ngày đầu tiên
partner-verification-interview-choice-do-it = Được. Mai mình sẽ phỏng vấn.
partner-verification-interview-choice-refuse = Mình sẽ không đi phỏng vấn cho một công việc mà người khác sẽ làm. Mình không tham gia.
partner-verification-interview-choice-report = Không. Mình sẽ báo cáo chuyện này với LinkedIn và trình báo công an.
partner-verification-interview-choice-report-feedback = Tốt. Những người giúp sức đi phỏng vấn thay cho người khác chính là điều FBI đã cảnh báo; một báo cáo giúp chặn lần thử tiếp theo.

partner-verification-onboarded = Hai tuần sau: công ty gửi email chào mừng. Một tài khoản công việc đã được lập dưới tên bạn.
partner-verification-congrats = chúc mừng!! 🎉 bạn được tuyển rồi. cuối tháng nhận { MONEY($monthly) } đầu tiên
partner-verification-mfa = có một chuyện nhỏ: đăng nhập công ty cần duyệt trên điện thoại của nhân viên. là bạn đó 😄 nên sáng nào khoảng 8 giờ đối tác mình đăng nhập, bạn chỉ cần bấm Phê duyệt
partner-verification-mfa-easy = mất 2 giây. tiền dễ nhất đời bạn luôn
partner-verification-mfa-prompt = Yêu cầu đăng nhập: phê duyệt đăng nhập vào tài khoản công việc của bạn?
partner-verification-mfa-choice-approve = Xong, đã phê duyệt ✅
partner-verification-mfa-choice-deny = Mình đã từ chối. Mình không làm chuyện này nữa.
partner-verification-mfa-choice-tell = Mình đã từ chối, và mình sẽ báo cho đội bảo mật của công ty rằng có người khác đăng nhập dưới tên mình.
partner-verification-mfa-choice-tell-feedback = Đó là bước mạnh nhất. Công ty có thể cắt quyền truy cập, và bạn đã cho thấy mình đang rút ra khỏi chuyện này.

partner-verification-discovered = Ba tháng sau, bộ phận pháp lý của công ty gửi thư: người đang làm việc dưới tên bạn không phải là bạn. Họ đã chuyển vụ việc cho cơ quan chức năng.
partner-verification-docs-used = Ngân hàng của bạn thông báo: một tài khoản đã được mở trực tuyến bằng thông tin hộ chiếu của bạn.
partner-verification-compromised = Tên, khuôn mặt và điện thoại của bạn đã đưa một người bạn chưa từng gặp vào một công ty Mỹ. Mỗi lần đăng nhập bạn phê duyệt đều được ghi nhận là của bạn. Những người từng giúp các đường dây như vậy đã bị truy tố: Matthew Knoot đối mặt với các tội danh có mức án đến 20 năm tù. Nhiều người bị thuyết phục làm việc này; điều quan trọng bây giờ là hành động. Hãy ngừng phê duyệt đăng nhập, báo cho công ty và ngân hàng, và trình báo công an. Hãy giữ lại cuộc trò chuyện này: nó cho thấy ai đã bảo bạn làm gì.

partner-verification-walked-away-early = Bạn giữ cuộc trò chuyện trên LinkedIn và rút lui khi nhà tuyển dụng không chịu. Bạn không bao giờ phải nghe phần còn lại.
partner-verification-reported-early = Bạn đã rút lui và báo cáo tin nhắn. Giờ LinkedIn có thể xem xét tài khoản này trước khi nó nhắn cho người khác.
partner-verification-walked-away = Bạn đã rút ra trước khi khuôn mặt hay tên tuổi của bạn bảo lãnh cho bất kỳ ai khác. Không ai nhận được việc dưới danh nghĩa bạn.
partner-verification-reported = Bạn đã rút ra và báo cáo. Danh tính của bạn vẫn là của bạn, và những người có thể chặn chuyện này đã biết.
partner-verification-walked-away-late = Bạn đã ngừng phê duyệt, nên các lần đăng nhập buổi sáng không còn đi qua điện thoại của bạn nữa. Tuy vậy, công ty vẫn tin rằng họ đã tuyển bạn: hãy báo cho họ rằng người đang làm việc dưới tên bạn không phải là bạn. Điều đó bảo vệ bạn, và cả họ.
partner-verification-reported-late = Bạn đã cắt quyền truy cập và nói sự thật với công ty. Điều đó bảo vệ bạn tốt hơn nhiều so với im lặng. Nếu trước đó bạn đã gửi giấy tờ hay thông tin cá nhân, hãy báo cả cho ngân hàng và trình báo công an.
