# Kịch bản “hiring-laptop-redirect”: người chơi làm thủ tục nhận việc cho một contractor làm từ
# xa vừa được tuyển tuần trước. Biến: $contractor (tên trong hợp đồng), $it (đồng nghiệp phụ
# trách IT), $home (columbus, atlanta hoặc phoenix: thành phố nhà trong hợp đồng; nó cũng chọn
# bang của “anh họ”), $hours (số giờ không trả lời), $countries (số quốc gia trong nhật ký đăng nhập).
# Contractor nhắn Slack vui vẻ, nhanh, có lỗi gõ nhỏ. Đồng nghiệp IT điềm tĩnh và chính xác.

hiring-laptop-redirect-title = Địa chỉ của người anh họ
hiring-laptop-redirect-summary = Bạn dẫn dắt một team nhỏ và đang làm thủ tục nhận việc cho một contractor làm từ xa mà bạn tuyển tuần trước. Laptop công ty đã sẵn sàng để gửi đi.
hiring-laptop-redirect-cast-contractor = { $contractor }
hiring-laptop-redirect-cast-it = { $it }

hiring-laptop-redirect-joined = { $contractor } đã tham gia #onboarding. Hợp đồng đã ký tuần trước; địa chỉ nhà trong đó là ở { $home ->
    [columbus] Columbus, Ohio
    [atlanta] Atlanta, Georgia
   *[phoenix] Phoenix, Arizona
}.
hiring-laptop-redirect-hi = chào mọi người!! vui quá được vào team 🙌 mong tới thứ hai để bắt đầu ghê
hiring-laptop-redirect-it-laptop = Chào mừng { $contractor }! Mình là { $it }, mình lo mảng IT ở đây. Laptop của bạn đã cài đặt xong; hôm nay mình sẽ gửi tới địa chỉ trong hợp đồng của bạn, được chứ?
hiring-laptop-redirect-redirect = à vụ đó 😅 gửi giúp mình tới chỗ anh họ mình ở { $home ->
    [columbus] Tennessee
    [atlanta] North Carolina
   *[phoenix] Nevada
} được ko? mấy tuần tới mình ở với ảnh, chuyện gia đình. mình nhắn riêng địa chỉ cho bạn nha

hiring-laptop-redirect-redirect-2 = chỉ tạm thời thôi, tối đa 2-3 tuần, mà anh họ mình cực kỳ đáng tin 😊
hiring-laptop-redirect-ship-choice-contract-address = Tiếc là nghe vậy. Laptop công ty bọn mình chỉ gửi tới địa chỉ nhà trong hợp đồng; máy có thể đợi bạn ở đó.
hiring-laptop-redirect-ship-choice-video = Mình gọi video nhanh trước nhé, để mình hiểu tình hình và cùng xác nhận địa chỉ mới.
hiring-laptop-redirect-ship-choice-video-feedback = Phản xạ tốt. Laptop được gửi tới một địa chỉ khác với địa chỉ đã xác minh là một dấu hiệu đã biết của “trại laptop” (laptop farm), nơi một người giúp sức giữ cho nhiều laptop công ty chạy liên tục cho những người ở nước ngoài.
hiring-laptop-redirect-ship-choice-ship = Không sao, bạn nhắn riêng địa chỉ mới cho { $it } nhé.

hiring-laptop-redirect-video-reply = ok ok, chắc mai nha? hôm nay loạn quá vì chuyện nhà 🙏 mà laptop thì đừng lo gì hết
hiring-laptop-redirect-shipped-event = { $it } gửi laptop tới địa chỉ mới. Hai ngày sau, trang theo dõi vận chuyển báo: đã giao.

hiring-laptop-redirect-personal = mà mình làm trên máy cá nhân được ko? nó nhanh hơn laptop tiêu chuẩn nhiều, mình cài sẵn hết rồi. contractor đa số đều làm vậy mà 👍

hiring-laptop-redirect-personal-choice-refuse = Mã nguồn công ty chỉ nằm trên thiết bị công ty, với cấu hình bảo mật của bọn mình. Ai trong team cũng vậy.
hiring-laptop-redirect-personal-choice-ask-it = Để mình hỏi { $it } xem chính sách bảo mật của mình nói gì.
hiring-laptop-redirect-personal-choice-ask-it-feedback = Hỏi IT là đúng. Khăng khăng dùng máy cá nhân là một trong những dấu hiệu mà các nhà nghiên cứu bảo mật liệt kê về người làm thay: trên một máy riêng, không ai thấy được ai mới thực sự đang làm việc.
hiring-laptop-redirect-personal-choice-allow = Được thôi, bạn dùng gì tiện nhất thì dùng.

hiring-laptop-redirect-personal-reply = ok ko sao 👍 vậy dùng laptop
hiring-laptop-redirect-allow-reply = tuyệt, thx!! 🙌 tiện hơn nhiều
hiring-laptop-redirect-it-policy = Chính sách rất rõ: chỉ dùng thiết bị công ty, có phần mềm bảo mật của bọn mình và xác thực hai lớp. Mà nói thật, “gửi laptop đi chỗ khác” cộng với “mình thích dùng máy riêng hơn” là một tổ hợp mà các hãng bảo mật đã cảnh báo.

hiring-laptop-redirect-week-one = Tuần thứ nhất: những pull request đầu tiên của { $contractor } được gửi lên. Code tốt. Mọi commit đều được tạo trong khoảng từ nửa đêm đến 6 giờ sáng theo giờ của bạn.
hiring-laptop-redirect-week-two = Tuần thứ hai.
hiring-laptop-redirect-night-owl = { $contractor } vắng cả hai buổi stand-up hằng ngày. Tin nhắn của bạn không được trả lời suốt { $hours } giờ; câu trả lời đến vào lúc nửa đêm theo giờ của bạn.
hiring-laptop-redirect-night-msg = xin lỗi xin lỗi, mạng lại rớt 😩 mình đang làm đây!! (gửi lúc 3:40 sáng theo giờ của bạn)
hiring-laptop-redirect-no-calls = hôm nay ko vào call được, mic hỏng rồi 😕 mình làm hết qua chat nha
hiring-laptop-redirect-no-calls-event = Đó là cuộc gọi thứ ba liên tiếp { $contractor } bỏ qua. Tin nhắn chat thì trả lời nhanh vào ban đêm và hầu như không bao giờ trong giờ làm việc của bạn.

hiring-laptop-redirect-reach-choice-hours = Mình đã thống nhất giờ làm việc chính. Hôm nay lúc 2 giờ chiều mình cần bạn vào cuộc gọi video, bật camera.
hiring-laptop-redirect-reach-choice-check = { $it }, bạn xem giúp mình các lần đăng nhập của { $contractor } đến từ đâu được không?
hiring-laptop-redirect-reach-choice-check-feedback = Quyết định tốt. Một người làm không bao giờ có mặt trong giờ hành chính có thể đang ở một múi giờ rất khác với trên giấy tờ, và nhật ký đăng nhập sẽ cho thấy điều đó.
hiring-laptop-redirect-reach-choice-async = Không sao, làm không đồng bộ cũng được với bọn mình.

hiring-laptop-redirect-hours-reply = ok ok mình sẽ cố 🙏 mà mạng ở đây tệ lắm
hiring-laptop-redirect-no-show = 2 giờ chiều: cuộc gọi bắt đầu. { $contractor } không vào, và cũng không trả lời.

hiring-laptop-redirect-it-report = Tiêu đề: Nhật ký đăng nhập của { $contractor }. Mình đã rà soát nhật ký truy cập, và có điểm đáng chú ý. Trong 48 giờ qua, các tài khoản của người này đăng nhập từ { $countries } quốc gia khác nhau, chủ yếu qua Astrill VPN. Có hai lần, hai phiên mở cùng lúc ở hai châu lục khác nhau.
hiring-laptop-redirect-it-tools = Còn chiếc laptop bọn mình đã gửi: giờ nó đang chạy ba công cụ quản lý từ xa mà bọn mình chưa từng cài. Có người đang điều khiển nó từ nơi khác.
hiring-laptop-redirect-it-blind = Trên máy cá nhân thì bọn mình không thấy được gì cả, và đó chính là vấn đề.
hiring-laptop-redirect-it-ask = Bạn muốn xử lý thế nào? Mình có thể khóa mọi thứ trong vài phút.

hiring-laptop-redirect-logs-choice-suspend = Bạn tạm ngưng toàn bộ quyền truy cập của người này ngay và giữ lại nhật ký nhé. Phần còn lại mình quyết sau.
hiring-laptop-redirect-logs-choice-suspend-feedback = Đúng thứ tự: bảo vệ công ty trước, đặt câu hỏi sau. Nhật ký được giữ lại bây giờ sẽ là bằng chứng về sau.
hiring-laptop-redirect-logs-choice-ask = Để mình hỏi { $contractor } giải thích trước đã.
hiring-laptop-redirect-logs-choice-ignore = Nhiều người dùng VPN để bảo vệ quyền riêng tư mà. Đừng phản ứng thái quá.

hiring-laptop-redirect-it-done = Xong. Mọi quyền truy cập đã bị tạm ngưng, và nhật ký đã được lưu lại.
hiring-laptop-redirect-excuse = Chào! đúng rồi mình dùng VPN cho bảo mật, trong ngành mình chuyện đó bình thường lắm. với lại bạn của anh họ mình thỉnh thoảng dùng wifi, chắc tại vậy? mọi thứ đều ổn, đừng lo nha 🙏

hiring-laptop-redirect-excuse-2 = với lại đừng khóa tài khoản của mình nha, mai mình có deadline mà team đang cần mình 🙏
hiring-laptop-redirect-final-choice-report = Bọn mình chấm dứt hợp đồng, báo cáo hồ sơ với nền tảng mà bọn mình đã tuyển qua, và gửi báo cáo tới IC3 của FBI (ic3.gov).
hiring-laptop-redirect-final-choice-report-feedback = Báo cáo giúp ích cho công ty tiếp theo. Hãy giữ lại lịch sử Slack, hồ sơ vận chuyển và báo cáo đăng nhập của IT: đó là những gì các nhà điều tra cần.
hiring-laptop-redirect-final-choice-end = Bọn mình chấm dứt hợp đồng ngay hôm nay và thu hồi mọi quyền truy cập.
hiring-laptop-redirect-final-choice-keep = Đến giờ công việc vẫn ổn. Cho thêm một tháng nữa xem sao.

hiring-laptop-redirect-month-later = Một tháng sau, { $it } phát hiện một kho mã nguồn riêng tư đã bị sao chép sang một tài khoản lạ. Hôm sau có một email gửi đến: trả tiền, nếu không mã nguồn sẽ bị công khai.
hiring-laptop-redirect-compromised = Một người bạn chưa từng gặp đã làm việc bên trong công ty bạn dưới một cái tên đi mượn, rất có thể là từ nước ngoài. FBI cảnh báo rằng những người làm như vậy sao chép mã nguồn của công ty và đòi tiền, còn tiền công họ kiếm được thì chảy ra nước ngoài: Liên Hợp Quốc liên hệ nguồn thu này với các chương trình vũ khí của Triều Tiên. Chuyện này đã xảy ra với hàng trăm công ty; điều quan trọng bây giờ là hành động. Hãy cắt mọi quyền truy cập, đổi mật khẩu và khóa truy cập, giữ lại nhật ký, đừng trả tiền, và báo cáo với nền tảng và IC3 của FBI (ic3.gov).

hiring-laptop-redirect-walked-away = Bạn đã chấm dứt hợp đồng trước khi có thiệt hại nào. Một chiếc laptop muốn gửi đi nơi khác, mong muốn dùng máy riêng, một người làm không bao giờ có mặt vào ban ngày của bạn, và đăng nhập từ nhiều quốc gia: gộp lại, chúng khớp với một “trại laptop”.
hiring-laptop-redirect-reported = Bạn đã chấm dứt và báo cáo. Nền tảng có thể ngăn danh tính này được cài vào công ty tiếp theo, và nhật ký của bạn bổ sung vào những gì FBI biết về các đường dây này.
