# Kịch bản “payroll-id-check”: một lời mời làm việc đàng hoàng. Một engineering manager (nam)
# của một công ty Mỹ mời bạn trên LinkedIn làm hợp đồng sáu tháng; công ty trả tiền cho người
# làm hợp đồng ở nước ngoài qua một dịch vụ employer of record tên là Orvane (tên tự đặt; giữ
# nguyên trong mọi ngôn ngữ, cũng như tên công ty Halden Labs).
# Biến: $manager (tên nam), $sector (fintech, health hoặc logistics), $monthly (đô la mỗi tháng).
# Người quản lý viết chỉn chu, thân thiện, câu đầy đủ, không emoji; xưng “tôi”, gọi người chơi là
# “bạn”. Người chơi luôn xưng “mình” và gọi anh ấy là “anh”. Các dòng trong ngoặc vuông là hành
# động, không phải tin nhắn.

payroll-id-check-title = Sáu tháng với một nhóm phần mềm ở Mỹ
payroll-id-check-summary = Một engineering manager nhắn cho bạn trên LinkedIn về một vị trí hợp đồng sáu tháng.
payroll-id-check-cast-manager = { $manager }

payroll-id-check-li-hello = Chào bạn, tôi là { $manager }, engineering manager ở Halden Labs, { $sector ->
    [fintech] một công ty fintech
    [health] một công ty công nghệ y tế
   *[logistics] một công ty phần mềm logistics
} của Mỹ. Hồ sơ và mã nguồn công khai của bạn đã khiến nhóm chúng tôi chú ý.
payroll-id-check-li-role = Chúng tôi đang tìm một lập trình viên backend làm hợp đồng sáu tháng, toàn thời gian, làm từ xa, với mức { MONEY($monthly) } mỗi tháng. Tin tuyển dụng có trên trang công ty của chúng tôi ngay tại LinkedIn.
payroll-id-check-li-interview = Nếu bạn quan tâm, bước đầu tiên là một buổi phỏng vấn video 45 phút với tôi và kỹ sư trưởng của chúng tôi, bật camera. Chúng ta sẽ nói về các dự án của chính bạn và cách bạn thích làm việc. Thứ năm bạn có tiện không?

payroll-id-check-interview-choice-who = Thứ năm mình rảnh ạ. Hợp đồng sẽ đứng tên mình, và chính mình làm việc, đúng không?
payroll-id-check-interview-choice-who-feedback = Một câu hỏi nên hỏi, và ở đây câu trả lời là đúng vậy: buổi phỏng vấn của bạn, hợp đồng của bạn, công việc của bạn.
payroll-id-check-interview-choice-voice = Mình tắt camera được không ạ? Nói chuyện về code thì gọi thoại là đủ.
payroll-id-check-interview-choice-voice-feedback = Tắt camera sẽ bỏ mất đúng điều bảo vệ cả hai bên: công ty thấy được người họ tuyển chính là người sẽ làm việc. Dấu hiệu đáng ngại là bị nhờ lên video thay cho người khác.
payroll-id-check-interview-choice-no = Trước khi có hợp đồng mình không muốn lên video; mình đọc về phỏng vấn giả nhiều rồi.
payroll-id-check-interview-choice-no-feedback = Dấu hiệu đáng ngại là bị nhờ lên video thay cho người khác. Một công ty muốn gặp chính người mình tuyển trước khi ký là đang làm đúng.

payroll-id-check-no-video-reply = Tôi hiểu sự thận trọng của bạn; lời mời giả ngoài kia không ít. Nhưng chúng tôi gặp mọi người mình tuyển trước khi ký, và buổi phỏng vấn này là của bạn, cho một hợp đồng đứng tên chính bạn. Mọi chi tiết đều có trong tin tuyển dụng trên trang công ty.
payroll-id-check-video-again-yes = Vậy thì hợp lý. Thứ năm được ạ; anh gửi lời mời cho mình nhé.
payroll-id-check-video-again-test = Thay vào đó mình làm một bài test có trả phí được không? Như vậy thể hiện tay nghề rõ hơn.
payroll-id-check-video-again-test-feedback = Bài test cho thấy tay nghề của bạn, nhưng không cho thấy ai là người làm việc. Gặp người được tuyển trước khi ký là cách một công ty đàng hoàng bảo vệ cả hai bên.
payroll-id-check-video-again-no = Mình vẫn không thoải mái khi lên video, nên xin phép từ chối. Cảm ơn anh.
payroll-id-check-test-reply = Bài test có thể có sau, nhưng chúng tôi không ký với ai mà chúng tôi chưa gặp. Tiếc là lần này không thành; tôi sẽ lưu lại hồ sơ của bạn.

payroll-id-check-interview = Thứ năm: 45 phút gọi video với { $manager } và kỹ sư trưởng. Bạn trình bày hai dự án của chính mình, còn họ cho bạn xem phần hệ thống mà bạn sẽ làm.
payroll-id-check-offer = Cảm ơn bạn về buổi hôm thứ năm; cả nhóm rất thích cuộc trò chuyện. Chúng tôi muốn mời bạn ký hợp đồng: sáu tháng, { MONEY($monthly) } mỗi tháng, bắt đầu sau hai tuần.
payroll-id-check-offer-lead = Một lần nữa cảm ơn bạn về buổi hôm thứ năm. Kỹ sư trưởng của chúng tôi đặc biệt thích cách bạn trình bày các dự án của chính mình. Chúng tôi muốn mời bạn ký hợp đồng: sáu tháng, { MONEY($monthly) } mỗi tháng, bắt đầu sau hai tuần.
payroll-id-check-eor = Vì bạn sống ngoài nước Mỹ, chúng tôi ký hợp đồng qua Orvane, dịch vụ employer of record của chúng tôi. Orvane lập hợp đồng đứng tên bạn và trả tiền cho bạn hằng tháng.
payroll-id-check-eor-email = Email từ Orvane: Halden Labs mời bạn ký hợp đồng làm việc tự do. Để hoàn tất thủ tục, hãy xác minh danh tính trong ứng dụng Orvane.
payroll-id-check-id-request = Chắc bạn đã nhận được lời mời của Orvane. Ứng dụng của họ sẽ yêu cầu ảnh hộ chiếu hoặc căn cước và một video selfie ngắn, để xác nhận người ký đúng là bạn. Chúng tôi không bao giờ thấy giấy tờ của bạn; chúng tôi chỉ thấy bạn đã được xác minh.

payroll-id-check-id-choice-app = Mình hiểu rồi. Tối nay mình sẽ xác minh trong ứng dụng Orvane.
payroll-id-check-id-choice-later = Mình muốn xác minh sau tháng đầu tiên, khi đã thấy tiền về.
payroll-id-check-id-choice-later-feedback = Chờ khoản tiền đầu tiên nghe có vẻ cẩn thận, nhưng chính bước xác minh mới cho phép Orvane lập hợp đồng đứng tên bạn và trả tiền cho bạn. Nó diễn ra trong chính ứng dụng của nhà cung cấp, cho hợp đồng của chính bạn.
payroll-id-check-id-choice-skip = Mình không bao giờ tải hộ chiếu lên ứng dụng. Orvane bỏ qua bước này cho mình được không?
payroll-id-check-id-choice-skip-feedback = Không gửi bản scan cho một cá nhân là đúng. Còn đây là chuyện khác: bước kiểm tra riêng của dịch vụ trả lương, trong chính ứng dụng của họ, cho một hợp đồng đứng tên chính bạn.

payroll-id-check-id-refused = Tôi hiểu nỗi lo đó. Nhưng Orvane xác minh mọi người mà họ trả tiền, và không có bước này thì họ không lập được hợp đồng. Nó dành cho hợp đồng của bạn, đứng tên bạn, và giấy tờ nằm lại ở Orvane, không đến tay chúng tôi.
payroll-id-check-id-again-ok = Cũng phải. Hôm nay mình sẽ xác minh trong ứng dụng Orvane.
payroll-id-check-id-again-proof = Hồ sơ LinkedIn của mình không dùng làm bằng chứng được sao?
payroll-id-check-id-again-no = Vậy thôi mình không làm. Xác minh giấy tờ online không hợp với mình.
payroll-id-check-proof-reply = Tiếc là không được: Orvane tự kiểm tra cho mọi hợp đồng, và chúng tôi không thay đổi được điều đó. Nếu trong tuần này bạn đổi ý, lời mời vẫn còn đó.

payroll-id-check-liveness = Trong ứng dụng Orvane trên điện thoại: chụp ảnh hộ chiếu, rồi quay video selfie. Bạn nhìn vào camera, quay đầu chậm sang trái, rồi sang phải. Một phút sau: Đã xác minh danh tính.
payroll-id-check-signed = Orvane: hợp đồng làm việc tự do của bạn với Halden Labs đã được ký. Khoản thanh toán đầu tiên vào cuối tháng.
payroll-id-check-welcome = Chào mừng bạn gia nhập. Bộ phận IT đã tạo tài khoản công ty cho bạn và gửi thông tin tới địa chỉ email trong hợp đồng.
payroll-id-check-mfa = Lần đăng nhập đầu tiên, bạn sẽ cài đặt đăng nhập hai lớp bằng một ứng dụng xác thực trên điện thoại. Từ đó trở đi, điện thoại sẽ hỏi bạn duyệt mỗi lần đăng nhập.
payroll-id-check-mfa-prompt = Sáng thứ hai. Bạn gõ mật khẩu mới trên laptop, và một giây sau điện thoại hỏi: Duyệt đăng nhập vào tài khoản công việc của bạn?

payroll-id-check-mfa-choice-check = [Xem thời gian và thiết bị trong yêu cầu, rồi duyệt]
payroll-id-check-mfa-choice-check-feedback = Đúng thói quen nên giữ: một yêu cầu hiện ra ngay lúc chính bạn đăng nhập là của bạn. Yêu cầu cần từ chối là yêu cầu bạn không hề khởi động.
payroll-id-check-mfa-choice-deny = [Từ chối, rồi hỏi IT xem ai đang đăng nhập vào tài khoản của bạn]
payroll-id-check-mfa-choice-deny-feedback = Từ chối một yêu cầu bạn không khởi động là đúng. Nhưng yêu cầu này do chính bạn khởi động, một giây trước đó, trên laptop của bạn.
payroll-id-check-mfa-choice-ignore = [Để yêu cầu tự hết hạn, rồi hỏi IT xem nó có thật không]
payroll-id-check-mfa-choice-ignore-feedback = Để yêu cầu tự hết hạn nghe có vẻ an toàn, nhưng nó chặn chính lần đăng nhập của bạn. Yêu cầu hiện ra đúng lúc bạn gõ mật khẩu là của bạn; yêu cầu cần từ chối là yêu cầu bạn không hề khởi động.

payroll-id-check-mfa-denied = IT báo tôi rằng yêu cầu không được duyệt chính là lần đăng nhập của bạn một phút trước, nên không sao cả. Khi yêu cầu hiện ra đúng lúc bạn gõ mật khẩu, đó là bạn. Bạn cứ thử lại khi sẵn sàng.

payroll-id-check-weeks = Hai tuần sau: sáng nào bạn cũng dự stand-up của nhóm, và tính năng đầu tiên của bạn đang được review.
payroll-id-check-on-hold = Orvane: khoản thanh toán đầu tiên của bạn đang bị tạm giữ. Thông tin thuế trong hồ sơ của bạn chưa đầy đủ.
payroll-id-check-login-request = Tôi thấy Orvane tạm giữ khoản thanh toán của bạn; thật tiếc. Trưởng bộ phận nhân sự của chúng tôi rành các biểu mẫu của họ lắm. Bạn gửi tôi tên đăng nhập và mật khẩu Orvane, rồi mã xác thực khi nó tới, được không? Chị ấy sẽ đăng nhập thay bạn và sửa xong ngay hôm nay.

payroll-id-check-login-choice-support = Cảm ơn anh, nhưng tài khoản đăng nhập mình tự giữ. Mình sẽ tự sửa, nhờ bộ phận hỗ trợ của Orvane.
payroll-id-check-login-choice-support-feedback = Đúng vậy. Tài khoản ở dịch vụ trả lương chỉ là của riêng bạn, kể cả khi chủ thuê đàng hoàng. Bộ phận hỗ trợ của nhà cung cấp sửa được hồ sơ mà không ai cần mật khẩu của bạn.
payroll-id-check-login-choice-call = Mình ngại gõ mật khẩu vào chat. Mình gọi điện nhé, rồi mình đọc cho chị ấy.
payroll-id-check-login-choice-send = Chị ấy tốt quá, cảm ơn anh. Mình gửi mật khẩu ngay, còn mã thì khi nó tới.

payroll-id-check-login-ok = Bạn nói phải: đó là tài khoản của bạn. Bên nhân sự bảo thường là ô nơi cư trú thuế. Bộ phận hỗ trợ của Orvane có thể xác nhận trong ứng dụng.
payroll-id-check-fixed-self = Bạn tự điền ô còn thiếu. Trong vòng một giờ, bộ phận hỗ trợ của Orvane xác nhận hồ sơ của bạn đã đầy đủ.
payroll-id-check-login-sent = Cảm ơn bạn. Chị ấy đã đăng nhập và sửa xong; hồ sơ của bạn giờ đã đầy đủ.
payroll-id-check-paid = Orvane: khoản thanh toán đầu tiên { MONEY($monthly) } đang được chuyển vào tài khoản ngân hàng của bạn.

payroll-id-check-hired = Bạn có hợp đồng, đứng tên chính bạn. Mọi bước kiểm tra đều dành cho bạn: phỏng vấn video cho công việc của bạn, bước xác minh giấy tờ trong chính ứng dụng của dịch vụ trả lương, và các yêu cầu duyệt cho những lần đăng nhập của chính bạn. Yêu cầu duy nhất cần từ chối là chia sẻ tài khoản đăng nhập, và công việc vẫn tiếp tục mà không cần điều đó.
payroll-id-check-hired-shared = Bạn có hợp đồng, và tiền đã về. Có một việc cần sửa: mật khẩu Orvane và một mã đăng nhập của bạn đã đi qua chat, nên hãy đổi mật khẩu ngay. Lần này mọi chuyện ổn, nhưng ai nắm tài khoản đăng nhập của bạn là hành động nhân danh bạn, và bộ phận hỗ trợ của chính nhà cung cấp cũng đã có thể sửa biểu mẫu đó.
payroll-id-check-missed-early = Bạn đã từ chối một hợp đồng đàng hoàng. Thận trọng với cuộc gọi video là hợp lý khi ai đó muốn bạn lên camera thay cho người khác. Ở đây buổi phỏng vấn là của bạn, cho công việc của bạn, với những người bạn sẽ làm cùng. Chỉ cần hỏi hợp đồng này là của ai là đủ rõ.
payroll-id-check-missed-id = Bạn đã từ chối một hợp đồng đàng hoàng ở bước xác minh danh tính. Thận trọng với giấy tờ là đúng khi ai đó đòi bản scan qua chat. Ở đây bước kiểm tra diễn ra trong chính ứng dụng của dịch vụ trả lương, cho hợp đồng của bạn, và công ty không hề thấy hộ chiếu của bạn.

payroll-id-check-fine-proxy-verification = Phỏng vấn video, video selfie và yêu cầu duyệt đăng nhập đều xuất hiện cả trong trò lừa người làm thay. Khác biệt là: ở đây mỗi bước đều dành cho bạn, cho hợp đồng đứng tên chính bạn, và không ai khác định làm việc hay đăng nhập thay bạn.
payroll-id-check-fine-identity-docs = Bạn xác minh danh tính trong chính ứng dụng của dịch vụ trả lương, cho hợp đồng của bạn, chứ không gửi bản scan cho một cá nhân. Công ty chỉ thấy bạn đã được xác minh, chưa bao giờ thấy hộ chiếu của bạn.
