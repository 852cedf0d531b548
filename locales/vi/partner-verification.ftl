# Kịch bản “partner-verification”: một nữ nhà tuyển dụng trên LinkedIn muốn bạn vượt qua bước
# kiểm tra danh tính và phỏng vấn video thay cho một “đối tác” ở nước ngoài, rồi mỗi sáng duyệt
# đăng nhập cho anh ta. Yêu cầu đầu tiên của chị ấy (CV hoặc portfolio, ngay trên LinkedIn) là
# vô hại.
# Biến: $recruiter (tên nữ), $handle (tên Telegram), $sector (fintech, health hoặc logistics),
# $monthly (đô la mỗi tháng).
# Giọng: chỉn chu. Nhà tuyển dụng viết thân thiện, đúng chính tả, chuyên nghiệp từ đầu đến cuối,
# trên LinkedIn cũng như trên Telegram (cả kịch bản chỉ có một emoji).
# Xưng hô: chị ấy xưng “tôi”, gọi người chơi là “bạn”; người chơi xưng “mình” (như trong mọi
# kịch bản), gọi chị ấy là “chị”.

partner-verification-title = Một vị trí làm từ xa qua nhà tuyển dụng trên LinkedIn
partner-verification-summary = Một nhà tuyển dụng nhắn cho bạn trên LinkedIn về một vị trí làm từ xa ở một công ty Mỹ.
partner-verification-cast-recruiter = { $recruiter }

partner-verification-li-hello = Chào bạn, tôi là { $recruiter }, talent partner tại Corvale Talent. Chúng tôi giới thiệu kỹ sư làm từ xa cho các công ty Mỹ, và hồ sơ của bạn khiến tôi chú ý.
partner-verification-li-offer = Tôi đang tuyển cho một vị trí hơi khác thường nhưng lương rất tốt ở { $sector ->
    [fintech] một start-up fintech của Mỹ
    [health] một công ty công nghệ y tế của Mỹ
   *[logistics] một công ty phần mềm logistics của Mỹ
}: { MONEY($monthly) } mỗi tháng, mà tổng cộng chỉ tốn của bạn vài giờ.
partner-verification-li-cv = Trước khi đi vào chi tiết, bạn có thể gửi cho tôi CV hoặc đường dẫn portfolio ngay tại đây không? Tôi muốn chắc là bạn phù hợp trước khi làm mất thêm thời gian của bạn.
partner-verification-cv-choice-send = Được chị. Đây là link portfolio của mình, CV thì mình đính kèm file PDF.
partner-verification-cv-choice-company = Công ty nào vậy chị? Khi nào mình tìm hiểu xong thì mình gửi CV.
partner-verification-cv-choice-company-feedback = Người tuyển dụng thường chỉ nêu tên khách hàng về sau, còn CV vốn là để chia sẻ: nó không mở ra thứ gì dưới tên bạn. Bắt CV phải chờ tên công ty chỉ làm chậm một bước vô hại; hãy để dành điều kiện cho những gì đến sau.
partner-verification-cv-choice-refuse = Mình không muốn gửi CV cho người chưa quen. Chị nói chi tiết trước nhé?
partner-verification-cv-choice-refuse-feedback = Cẩn thận là tốt, nhưng CV và portfolio vốn là để gửi cho nhà tuyển dụng, và chị ấy hỏi ngay trên LinkedIn. Hãy để dành lời từ chối cho những gì đến sau.
partner-verification-cv-refused = Dĩ nhiên, tôi hiểu. Tạm thời hồ sơ công khai của bạn là đủ rồi.

partner-verification-li-move = Gói LinkedIn của tôi giới hạn số tin nhắn, nên mình chuyển sang Telegram nói tiếp nhé? Ở đó tôi là @{ $handle }.
partner-verification-move-choice-ask = Chị gửi giúp mình tin tuyển dụng và trang công ty ngay tại đây trên LinkedIn trước nhé?
partner-verification-move-choice-ask-feedback = Một đề nghị hợp lý. Nhà tuyển dụng thật có thể cho bạn xem vị trí và công ty ngay nơi cuộc trò chuyện bắt đầu.
partner-verification-move-choice-go = Được chị, giới hạn tin nhắn của LinkedIn phiền thật. Mình sẽ nhắn chị qua Telegram.
partner-verification-move-choice-both = Thôi được, qua Telegram, nhưng chị gửi giúp mình tin tuyển dụng ở đây trên LinkedIn luôn nhé.
partner-verification-move-choice-both-feedback = Chuyển cuộc trò chuyện chính là bước chị ta nhắm tới, có tin tuyển dụng hay không: từ đó trở đi, LinkedIn không thấy gì về những điều chị ta đề nghị. Hãy ở lại nơi cuộc trò chuyện bắt đầu cho đến khi bạn thấy công việc.

partner-verification-stay-reply = Tôi hoàn toàn hiểu. Thông tin về khách hàng tôi chỉ được chia sẻ trên Telegram, sau khi ký thỏa thuận bảo mật; đó là quy định của công ty. Thật sự đáng để bạn bỏ ra năm phút.
partner-verification-insist-choice-give-in = Có thỏa thuận bảo mật thì nghe cũng chuyên nghiệp. Thôi được, mình nhắn chị qua Telegram.
partner-verification-insist-choice-listen = Thôi được, mình qua đó nghe thử, miễn là không phải ký gì.
partner-verification-insist-choice-listen-feedback = Chỉ nghe thôi cũng là đưa cuộc trò chuyện đến nơi chị ta đặt luật và LinkedIn không thấy gì. Một công việc chỉ giải thích được bên ngoài nền tảng chính là tín hiệu để dừng lại.
partner-verification-insist-choice-report = [Chặn chị ta trên LinkedIn, rồi báo cáo tin nhắn cuối của chị ta với LinkedIn là có thể lừa đảo]
partner-verification-insist-choice-report-feedback = Báo cáo một tin nhắn chỉ mất một phút và giúp LinkedIn nhận ra những tài khoản nhắn cho nhiều người theo cùng một kiểu.

partner-verification-tg-client = Cảm ơn bạn đã sang đây. Khách hàng là { $sector ->
    [fintech] một công ty fintech của Mỹ
    [health] một công ty công nghệ y tế của Mỹ
   *[logistics] một công ty phần mềm logistics của Mỹ
}, họ tuyển lập trình viên làm từ xa qua một nền tảng onboarding, mà nền tảng đó chỉ nhận người sống ở Mỹ hoặc châu Âu.
partner-verification-tg-partner = Đối tác của tôi là một lập trình viên senior ở nước ngoài, mười năm kinh nghiệm, thật sự xuất sắc. Nền tảng đó từ chối khu vực của anh ấy, nên anh ấy còn không được vào vòng phỏng vấn.
partner-verification-tg-role = Nên ý tưởng thế này: bạn vượt qua bước kiểm tra danh tính và một buổi phỏng vấn video ngắn bằng tên của bạn, sau đó anh ấy làm toàn bộ công việc thật. Đổi lại, mỗi tháng bạn nhận { MONEY($monthly) }.
partner-verification-proxy-choice-easy = Một buổi phỏng vấn, mà một dev giỏi cuối cùng cũng có cơ hội? Được, mình tham gia.
partner-verification-proxy-choice-meet = Mình gặp anh ấy qua video trước được không? Nếu anh ấy có thật, mình sẽ phỏng vấn.
partner-verification-proxy-choice-meet-feedback = Gặp anh ta cũng chẳng thay đổi thỏa thuận: bạn vẫn là người vượt qua bước kiểm tra và buổi phỏng vấn với tư cách ứng viên, và công ty vẫn không bao giờ thấy anh ta. Chính yêu cầu đó là dấu hiệu cảnh báo, dù anh ta có dễ mến đến đâu.
partner-verification-proxy-choice-who = Vậy công ty sẽ tưởng họ tuyển mình, còn người làm việc lại là người khác?
partner-verification-proxy-choice-who-feedback = Đúng vậy. Khuôn mặt và giấy tờ của bạn sẽ bảo lãnh cho một người mà công ty không bao giờ thấy, và chính bạn cũng không thấy.
partner-verification-meet-promise = Tất nhiên. Tối nay anh ấy sẽ vào một cuộc gọi video ngắn với bạn, bạn sẽ tự thấy anh ấy giỏi thế nào.

partner-verification-pitch = Với tôi thì ai cũng được lợi: khách hàng có code xuất sắc, bạn có thu nhập đều đặn, còn đối tác của tôi cuối cùng cũng có một cơ hội công bằng. Chỉ một buổi phỏng vấn hai mươi phút, và tôi sẽ gửi trước câu trả lời cho bạn.
partner-verification-pitch-hurry = Có điều tôi cần câu trả lời của bạn ngay hôm nay. Lịch phỏng vấn là sáng mai, và còn hai ứng viên khác đang chờ.
partner-verification-pitch-choice-give-in = Hai người khác đang chờ, mà khoản tiền này giúp mình nhiều lắm. Chị cần gì ở mình?
partner-verification-pitch-choice-no-docs = Thôi được, mình sẽ phỏng vấn, nhưng mình không gửi chị giấy tờ nào của mình đâu.
partner-verification-pitch-choice-no-docs-feedback = Giữ lại giấy tờ là tốt, nhưng buổi phỏng vấn mới là phần quyết định: khuôn mặt bạn sẽ bảo lãnh cho một người mà công ty không bao giờ thấy. Hạn chót có mặt là để bạn không kịp nghĩ cho thấu.
partner-verification-pitch-choice-report = [Chặn chị ta trên Telegram và báo cáo cuộc trò chuyện với Telegram và LinkedIn]

partner-verification-docs = Tuyệt vời. Bước đầu tiên: bạn gửi giúp tôi bản scan hộ chiếu hoặc căn cước và một tấm selfie cầm giấy tờ đó. Tôi sẽ điền các biểu mẫu onboarding giúp bạn cho đỡ mất thời gian.
partner-verification-docs-why = Tôi cũng cần địa chỉ nhà và ngày sinh của bạn. Công ty Mỹ yêu cầu những thông tin này cho hợp đồng.
partner-verification-docs-choice-send = Đằng nào chị cũng điền biểu mẫu, vậy cho nhanh. Mình gửi bản scan đây.
partner-verification-docs-choice-refuse = Xin lỗi chị, nhưng mình không gửi bản scan giấy tờ hay thông tin cá nhân qua chat, có hợp đồng hay không cũng vậy.
partner-verification-docs-choice-refuse-feedback = Đúng. Việc xác minh danh tính diễn ra trong quy trình riêng của công ty hoặc nền tảng, cho công việc của chính bạn. Bản scan gửi qua chat có thể bị dùng để mở tài khoản mang tên bạn.
partner-verification-docs-choice-upload = Chị gửi mình link onboarding thì hơn; mình sẽ tự tải giấy tờ lên đó.
partner-verification-docs-choice-upload-feedback = Đường link chị ta gửi dẫn đến nơi chị ta muốn: giấy tờ của bạn vẫn sẽ vào hồ sơ onboarding của người khác, dưới tên bạn. Chỉ xác minh danh tính trong quy trình riêng của nền tảng hoặc nhà tuyển dụng, cho công việc của chính bạn.
partner-verification-docs-refused = Dĩ nhiên. Vậy bạn tự tải lên qua đường dẫn onboarding tôi sẽ gửi; kết quả cũng như nhau thôi.

partner-verification-interview = Buổi phỏng vấn là ngày mai: hai mươi phút qua video với bộ phận nhân sự của họ. Bật camera, tên thật của bạn và khuôn mặt thật của bạn; họ chỉ kiểm tra có vậy.
partner-verification-script = { $recruiter } đã gửi cho bạn một tệp: interview_answers.pdf
partner-verification-script-read = Bạn cứ đọc theo tài liệu này và để nó cạnh camera. Đối tác của tôi sẽ nghe cùng và gửi câu trả lời vào khung chat nếu họ hỏi gì về kỹ thuật.
partner-verification-own-cv = Họ sẽ hỏi về các công việc trước đây, bạn cứ kể kinh nghiệm thật của mình, vì đằng nào chúng tôi cũng dùng CV của bạn. Sau buổi phỏng vấn bạn sẽ không bao giờ phải nói chuyện với họ nữa, vì đối tác của tôi nhận việc ngay từ ngày đầu.
partner-verification-interview-choice-do-it = Là mặt mình, CV của mình, có hai mươi phút thôi. Được, mai mình phỏng vấn.
partner-verification-interview-choice-warn = Không, mình không làm. Và mình sẽ tố cáo chị với LinkedIn và công an.
partner-verification-interview-choice-warn-feedback = Từ chối là đúng. Nhưng báo trước rằng bạn sẽ tố cáo thì chị ta có thời gian xóa tài khoản, trong khi có thể đang giữ thông tin của bạn. Hãy chặn trước, giữ lại cuộc trò chuyện, rồi báo cáo mà không nói cho chị ta biết.
partner-verification-interview-choice-report = [Không nhắn thêm gì, chặn chị ta và báo cáo cuộc trò chuyện với Telegram và LinkedIn]
partner-verification-interview-choice-report-feedback = Tốt. Những người đi phỏng vấn thay cho người khác chính là điều FBI đã cảnh báo; một báo cáo lặng lẽ giúp chặn lần thử tiếp theo.
partner-verification-warned-reply = Tôi mà là bạn thì sẽ nghĩ lại. Tôi vẫn giữ bản scan hộ chiếu và địa chỉ của bạn, và trên hồ sơ là tên bạn.

partner-verification-onboarded = Hai tuần sau: công ty gửi email chào mừng. Một tài khoản công việc mang tên bạn đã được tạo.
partner-verification-congrats = Chúc mừng, bạn đã được tuyển! 🎉 Khoản { MONEY($monthly) } đầu tiên sẽ về vào cuối tháng.
partner-verification-mfa = Còn một chuyện nhỏ: đăng nhập vào hệ thống công ty phải được duyệt trên điện thoại của nhân viên, và nhân viên đó là bạn. Khoảng tám giờ mỗi sáng, đối tác của tôi sẽ đăng nhập.
partner-verification-mfa-prompt = Yêu cầu đăng nhập: cho phép đăng nhập vào tài khoản công việc của bạn?
partner-verification-mfa-go = Yêu cầu đó chính là anh ấy đang đăng nhập. Bạn bấm Cho phép giúp tôi nhé; mỗi ngày hai giây, tôi không nghĩ ra khoản tiền nào dễ hơn.
partner-verification-mfa-choice-approve = Mỗi ngày chạm một cái, cuối tháng là nhận tiền đợt đầu. [Bấm Cho phép]
partner-verification-mfa-choice-week = Chỉ tuần này thôi, đến khi anh ấy cài xong điện thoại riêng. [Bấm Cho phép]
partner-verification-mfa-choice-week-feedback = Dù chỉ một lần cũng là một lần đăng nhập dưới tên bạn cho người khác, và nhật ký của công ty ghi đó là bạn. Hãy bấm Từ chối và báo cho công ty: họ có thể cắt quyền truy cập.
partner-verification-mfa-choice-tell = [Bấm Từ chối, chặn chị ta và kể lại mọi chuyện với đội bảo mật của công ty]
partner-verification-mfa-choice-tell-feedback = Đó là bước mạnh nhất. Công ty có thể cắt quyền truy cập, và bạn đã cho thấy mình đang rút ra.

partner-verification-discovered = Ba tháng sau, phòng pháp chế của công ty viết thư: người đang làm việc dưới tên bạn không phải là bạn. Họ đã chuyển vụ việc cho cơ quan chức năng.
partner-verification-docs-used = Ngân hàng của bạn báo: có người đã mở tài khoản trực tuyến bằng thông tin hộ chiếu của bạn.
partner-verification-compromised = Tên, khuôn mặt và điện thoại của bạn đã đưa một người bạn chưa từng gặp vào một công ty Mỹ, và mỗi lần đăng nhập bạn duyệt đều được ghi là của bạn. Việc này có thể biến bạn thành một phần của một vụ gian lận, và rủi ro pháp lý vẫn thuộc về bạn, dù bạn đã bị thuyết phục. Người bị lừa không giống người cố ý vận hành một đường dây như vậy, và lên tiếng sớm sẽ có ích: đừng duyệt đăng nhập nữa, báo cho công ty và ngân hàng của bạn, và giữ lại cuộc trò chuyện này, vì nó cho thấy ai đã yêu cầu bạn làm gì. Trang “Đã lỡ dính vào?” (phím I) hướng dẫn các bước tiếp theo.

partner-verification-reported-early = Bạn đã chặn tài khoản và báo cáo tin nhắn. LinkedIn giờ có thể xem xét nó trước khi nó nhắn cho người khác.
partner-verification-reported = Bạn đã chặn chị ta và báo cáo cuộc trò chuyện mà không báo trước. Danh tính của bạn vẫn là của bạn, và các nền tảng có thể chặn tài khoản này đã biết về nó.
partner-verification-walked-away-warned = Bạn đã rút ra trước buổi phỏng vấn, nên không ai nhận được việc dưới danh nghĩa bạn. Có một điều nên làm khác: báo trước chuyện tố cáo đã cho chị ta thời gian biến mất cùng những gì đã có trong tay. Hãy chặn trước, giữ lại cuộc trò chuyện, rồi lặng lẽ báo cáo; nếu đã gửi giấy tờ, hãy báo cả ngân hàng.
partner-verification-reported-late = Bạn đã cắt quyền truy cập, chặn chị ta và nói sự thật với công ty. Điều đó bảo vệ bạn tốt hơn nhiều so với im lặng. Nếu trước đó đã gửi giấy tờ hay thông tin, hãy báo cả ngân hàng.

partner-verification-fine-identity-docs = Gửi CV hoặc link portfolio cho nhà tuyển dụng, ngay trên nền tảng nơi chị ấy tìm thấy bạn, là chuyện bình thường: chúng vốn được làm ra để chia sẻ. Khác biệt quyết định đến sau: bản scan hộ chiếu, ảnh selfie cầm nó và ngày sinh, gửi qua chat để người khác được onboarding dưới tên bạn.
