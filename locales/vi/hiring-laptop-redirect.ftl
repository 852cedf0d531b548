# Kịch bản “hiring-laptop-redirect”: người chơi làm thủ tục nhận việc cho một contractor làm từ
# xa vừa được tuyển tuần trước. Biến: $contractor (tên trong hợp đồng; một phụ nữ, gọi là “cô
# ấy”), $it (đồng nghiệp phụ trách IT; có thể là nam hoặc nữ, nên không dùng từ chỉ giới tính
# cho người này), $home (columbus, atlanta hoặc phoenix: thành phố nhà trong hợp đồng; nó cũng
# chọn bang của người anh họ), $hours (số giờ không trả lời).
# Xưng hô: trên Slack mọi người nói chuyện thân mật, xưng “mình”, gọi nhau là “bạn”; công ty là
# “bọn mình”. Contractor nhắn nhanh, thoải mái: câu ngắn, hay viết thường, thỉnh thoảng có
# emoji, có lỗi gõ nhỏ. Đồng nghiệp IT điềm tĩnh và chính xác.

hiring-laptop-redirect-title = Nhận việc cho một contractor mới
hiring-laptop-redirect-summary = Bạn dẫn dắt một team nhỏ và đang làm thủ tục nhận việc cho một contractor làm từ xa mà bạn tuyển tuần trước. Laptop công ty đã sẵn sàng để gửi đi.
hiring-laptop-redirect-cast-contractor = { $contractor }
hiring-laptop-redirect-cast-it = { $it }

hiring-laptop-redirect-joined = { $contractor } đã tham gia #onboarding. Hợp đồng đã ký tuần trước; địa chỉ nhà trong đó là ở { $home ->
    [columbus] Columbus, Ohio
    [atlanta] Atlanta, Georgia
   *[phoenix] Phoenix, Arizona
}.
hiring-laptop-redirect-hi = chào cả nhà!! vui quá được vào team 🙌 mong tới thứ hai ghê
hiring-laptop-redirect-it-laptop = Chào mừng { $contractor }! Mình là { $it }, phụ trách IT ở đây. Laptop của bạn đã cài đặt xong; hôm nay mình gửi tới địa chỉ trong hợp đồng của bạn nhé?
hiring-laptop-redirect-redirect = à vụ laptop, bạn gửi giúp mình tới nhà anh họ ở { $home ->
    [columbus] Tennessee
    [atlanta] North Carolina
   *[phoenix] Nevada
} được không? mấy tuần tới mình ở nhà ảnh, chuyện gia đình. chỉ tạm thời thôi, ảnh rất đáng tin, mình DM địa chỉ cho

hiring-laptop-redirect-ship-choice-contract-address = Tiếc chuyện gia đình bạn. Laptop chỉ gửi tới địa chỉ nhà trong hợp đồng; nó sẽ đợi bạn ở đó.
hiring-laptop-redirect-ship-choice-contract-address-feedback = Đúng vậy. Một chiếc laptop phải gửi tới địa chỉ khác với địa chỉ đã xác minh là dấu hiệu quen thuộc của một “trang trại laptop”, nơi một người giúp sức giữ cho nhiều laptop công ty luôn chạy để người ở nước ngoài dùng.
hiring-laptop-redirect-ship-choice-ship = Gia đình là trên hết mà. Bạn cứ DM địa chỉ cho { $it }, hôm nay bọn mình gửi tới nhà anh họ bạn.
hiring-laptop-redirect-ship-choice-id-photo = Được, nếu chỉ vài tuần. Gửi { $it } địa chỉ và cho chắc thì kèm ảnh giấy tờ tùy thân của bạn.

hiring-laptop-redirect-address-reply = Ok, không sao. để mình tự xoay xở
hiring-laptop-redirect-shipped-event = { $it } gửi laptop tới địa chỉ mới. Hai ngày sau, trang theo dõi đơn hàng báo: đã giao.

hiring-laptop-redirect-personal = À mà mình làm trên PC riêng được không? nó nhanh hơn laptop tiêu chuẩn nhiều, mình lại cài sẵn hết rồi. contractor đa số làm vậy mà 👍

hiring-laptop-redirect-personal-choice-weeks = Vài tuần đầu trong lúc bạn còn đang ổn định thì được. Sau đó chỉ dùng laptop công ty thôi nhé.
hiring-laptop-redirect-personal-choice-weeks-feedback = Vài tuần trên máy riêng là tất cả những gì một người làm thay cần: không ai thấy được ai thật sự đang làm việc, và từ đâu, còn mã nguồn thì đã rời khỏi thiết bị của công ty. Mã nguồn công ty phải ở trên thiết bị công ty ngay từ ngày đầu.
hiring-laptop-redirect-personal-choice-ask-it = Để mình hỏi { $it } trước xem chính sách bảo mật của bọn mình nói gì về máy tính cá nhân.
hiring-laptop-redirect-personal-choice-ask-it-feedback = Hỏi IT là đúng. Khăng khăng dùng máy tính cá nhân là một trong những dấu hiệu mà các nhà nghiên cứu bảo mật nêu ra ở những người làm thay: trên máy riêng, không ai thấy được ai thật sự đang làm việc, và từ đâu.
hiring-laptop-redirect-personal-choice-allow = Được chứ, nếu vậy nhanh hơn cho bạn. Ở nhà đa số tụi mình cũng có máy xịn hơn laptop mà.

hiring-laptop-redirect-it-policy = Chính sách rất rõ: chỉ dùng thiết bị công ty, có phần mềm bảo mật và đăng nhập hai lớp. Mà nói thật, “gửi laptop đi chỗ khác” cộng với “mình thích dùng PC riêng hơn” đúng là kiểu kết hợp mà các công ty bảo mật cảnh báo.
hiring-laptop-redirect-personal-reply = ok không sao, vậy dùng laptop công ty
hiring-laptop-redirect-allow-reply = tuyệt, cảm ơn nha!! tiện hơn nhiều

hiring-laptop-redirect-payroll = Hỏi nhanh chút: HR gửi mình mẫu đơn trả lương cho contractor. Mình cứ điền tài khoản ngân hàng của mình như bình thường đúng không? hay ở đây trả theo cách khác?
hiring-laptop-redirect-payroll-choice-usual = Đúng rồi, tài khoản của chính bạn, như mọi người. HR trả hai tuần một lần.
hiring-laptop-redirect-payroll-choice-later = Sao tuần đầu đã hỏi chuyện tiền rồi? Để chuyện đó sau đi.
hiring-laptop-redirect-payroll-choice-later-feedback = Như vậy là phản ứng quá mức. Cô ấy muốn được trả qua bảng lương bình thường vào tài khoản đứng tên mình, và đó đúng là cách nên làm.
hiring-laptop-redirect-payroll-choice-slack = Khoan: gửi thông tin ngân hàng của bạn vào đây trước, mình tự kiểm tra.
hiring-laptop-redirect-payroll-thanks = tuyệt, xong rồi ✅
hiring-laptop-redirect-payroll-ok = Ồ ok, xin lỗi nha. vậy mình điền mẫu của HR thôi

hiring-laptop-redirect-week-one = Tuần đầu: những pull request đầu tiên của { $contractor } tới. Code tốt. Mọi commit đều được tạo trong khoảng từ nửa đêm đến 6 giờ sáng theo giờ của bạn.
hiring-laptop-redirect-week-two = Tuần thứ hai.
hiring-laptop-redirect-night-owl = { $contractor } vắng cả hai buổi daily stand-up. Tin nhắn của bạn bị bỏ ngỏ { $hours } tiếng; câu trả lời đến vào giữa đêm theo giờ của bạn.
hiring-laptop-redirect-night-msg = xin lỗi xin lỗi, mạng lại rớt 😩 mình làm standup async trong chat được không? vậy hợp với mình hơn (gửi lúc 3:40 sáng theo giờ của bạn)
hiring-laptop-redirect-no-calls-event = { $contractor } đã bỏ qua ba cuộc gọi gần nhất. Trong chat, cô ấy trả lời nhanh vào ban đêm, còn trong giờ làm việc của bạn thì hầu như không.
hiring-laptop-redirect-no-calls = Hôm nay mình cũng không vào call được, mic hỏng rồi. từ giờ mình làm hết trong chat nha

hiring-laptop-redirect-reach-choice-hours = Mình thống nhất giờ làm chung là có lý do đấy. Hôm nay 2 giờ chiều bạn vào gọi video, bật camera nhé.
hiring-laptop-redirect-reach-choice-hours-feedback = Đúng vậy. Một người không bao giờ có mặt trong giờ hành chính có thể đang ở một múi giờ rất khác với trên giấy tờ. Giờ làm đã thống nhất và một cuộc gọi trực tiếp sẽ cho thấy câu chuyện có đứng vững hay không.
hiring-laptop-redirect-reach-choice-daily = Thôi được, tạm thời cứ async. Chỉ cần mỗi sáng, theo giờ bên mình, bạn cập nhật ngắn trong chat.
hiring-laptop-redirect-reach-choice-daily-feedback = Một tin cập nhật buổi sáng trong chat thì ai cũng viết được, từ múi giờ nào cũng được, và nó giữ nguyên đúng kiểu sắp xếp che giấu nơi công việc thật sự được làm. Thứ kiểm chứng được là giờ làm đã thống nhất và một cuộc gọi trực tiếp, bật camera.
hiring-laptop-redirect-reach-choice-async = Async trong chat cũng được với bọn mình. Code tốt là chính, bạn làm giờ nào cũng được.

hiring-laptop-redirect-hours-reply = Ok, mình sẽ cố. mà mạng ở đây tệ lắm
hiring-laptop-redirect-no-show = 2 giờ chiều: cuộc gọi bắt đầu. { $contractor } không vào, cũng không trả lời.

hiring-laptop-redirect-it-report = Tiêu đề: Thiết bị và đăng nhập của { $contractor }. Mình đã xem hệ thống quản lý thiết bị và nhật ký truy cập, có vài điểm đáng chú ý.
hiring-laptop-redirect-it-farm = Chiếc laptop bọn mình gửi đi đang kết nối từ một mạng gia đình ở { $home ->
    [columbus] Tennessee
    [atlanta] North Carolina
   *[phoenix] Nevada
}, và trên đó chạy ba công cụ điều khiển từ xa mà bọn mình chưa bao giờ cài. Bên cung cấp bảo mật của bọn mình cũng thấy laptop của mấy công ty khác trên cùng địa chỉ IP gia đình đó. Có người đang làm việc trên máy từ một nơi khác. Bạn muốn xử lý thế nào? Mình có thể khóa hết trong vài phút.
hiring-laptop-redirect-it-home = Laptop đang ở đúng địa chỉ trong hợp đồng, nhưng trên đó chạy hai công cụ điều khiển từ xa mà bọn mình chưa bao giờ cài, và toàn bộ công việc đi qua chúng, vào ban đêm. Có người đang làm việc trên máy từ một nơi khác. Bạn muốn xử lý thế nào? Mình có thể khóa hết trong vài phút.
hiring-laptop-redirect-it-blind = Chiếc PC cá nhân là một hộp đen với bọn mình: tài khoản của cô ấy đăng nhập qua Astrill VPN, nên bọn mình không thấy công việc thật sự được làm ở đâu. Vấn đề chính là ở đó. Bạn muốn xử lý thế nào? Mình có thể khóa hết trong vài phút.

hiring-laptop-redirect-logs-choice-suspend = Bạn khóa ngay mọi quyền truy cập của cô ấy và giữ lại nhật ký nhé. Rồi mình tính tiếp.
hiring-laptop-redirect-logs-choice-suspend-feedback = Đúng thứ tự: bảo vệ công ty trước, hỏi sau. Nhật ký giữ lại bây giờ sẽ là bằng chứng về sau.
hiring-laptop-redirect-logs-choice-ask = Tạm thời cứ để quyền truy cập của cô ấy; để mình tự hỏi { $contractor } chuyện này là sao.
hiring-laptop-redirect-logs-choice-ask-feedback = Hỏi trước nghĩa là để ngỏ quyền truy cập và báo động cho cô ấy: kẻ đứng sau tài khoản có thời gian sao chép những gì có thể và chuẩn bị sẵn câu trả lời. Hãy khóa quyền truy cập và giữ lại nhật ký trước; câu hỏi để sau.
hiring-laptop-redirect-logs-choice-ignore = Công cụ từ xa với VPN là bình thường trong IT. Làm tốt mà; đừng phản ứng quá.

hiring-laptop-redirect-it-done = Xong rồi. Mọi quyền truy cập đã bị khóa, nhật ký đã được lưu lại.
hiring-laptop-redirect-locked = ơ tài khoản mình bị khóa à?? mình dùng công cụ từ xa với VPN cho bảo mật thôi, ngành mình bình thường mà. mở lại hôm nay giúp mình nha, mai có deadline 🙏
hiring-laptop-redirect-excuse = Hi! đúng là mình dùng công cụ từ xa với VPN cho bảo mật, ngành mình bình thường lắm. mà anh họ mình cũng làm ở nhà, chắc mấy laptop kia là của ảnh?
hiring-laptop-redirect-excuse-2 = mọi thứ ổn mà, đừng khóa tài khoản mình nha, mai có deadline và team đang cần mình 🙏

hiring-laptop-redirect-final-choice-report = [Chấm dứt hợp đồng, giữ nguyên khóa truy cập và báo cáo hồ sơ với nền tảng]
hiring-laptop-redirect-final-choice-report-feedback = Lặng lẽ kết thúc và báo cáo giúp được công ty tiếp theo. Hãy giữ lại lịch sử Slack, giấy tờ gửi hàng và báo cáo của IT: đó là thứ nền tảng và cơ quan điều tra cần.
hiring-laptop-redirect-final-choice-uninstall = Bạn gỡ mấy công cụ điều khiển từ xa với VPN ngay hôm nay, rồi tiếp tục làm với bọn mình nhé.
hiring-laptop-redirect-final-choice-uninstall-feedback = Gỡ công cụ đi không thay đổi được ai đã làm việc, và từ đâu; nó chỉ giúp lần sau giấu kỹ hơn. Nhật ký đã cho thấy chiếc laptop được điều khiển từ nơi khác: hãy chấm dứt hợp đồng, giữ lại bằng chứng và báo cáo.
hiring-laptop-redirect-final-choice-keep = Code vẫn tốt, mà deadline thì quan trọng. Mở khóa đi, một tháng nữa mình xem lại.

hiring-laptop-redirect-month-later = Một tháng sau, { $it } phát hiện một kho mã nguồn riêng đã bị sao chép sang một tài khoản lạ. Hôm sau có một email: trả tiền, không thì mã nguồn bị công khai.
hiring-laptop-redirect-compromised = Một người bạn chưa từng gặp đã làm việc bên trong công ty bạn dưới một cái tên đi mượn, rất có thể là từ nước ngoài, thông qua một chiếc laptop được giữ cho luôn chạy để phục vụ họ. FBI cảnh báo rằng những người làm như vậy sao chép mã nguồn của công ty và đòi tiền, còn tiền công họ kiếm được thì chảy ra nước ngoài: Liên Hợp Quốc liên hệ nguồn thu này với các chương trình vũ khí của Triều Tiên. Chuyện này đã xảy ra với hàng trăm công ty, cả những công ty cẩn thận; điều quan trọng bây giờ là hành động. Hãy cắt mọi quyền truy cập, đổi mật khẩu và khóa truy cập, giữ lại nhật ký, đừng trả tiền, và báo cáo hồ sơ.

hiring-laptop-redirect-reported = Bạn đã chấm dứt và báo cáo. Nền tảng có thể ngăn danh tính này được đưa vào công ty tiếp theo.

hiring-laptop-redirect-fine-payment-redirect = Được trả qua bảng lương bình thường, vào tài khoản đứng tên chính cô ấy, là đúng như phải thế, và hỏi về chuyện đó trong tuần đầu là bình thường. Dấu hiệu cảnh báo là tiền chuyển cho người khác, ra nước ngoài hoặc bằng crypto.
