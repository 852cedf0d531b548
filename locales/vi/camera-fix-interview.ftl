# Kịch bản “camera-fix-interview”: một nhà tuyển dụng trên LinkedIn mời bạn phỏng vấn cho vị trí
# backend làm từ xa ở Halvex Labs, một startup thanh toán tiền mã hóa (công ty hư cấu). Các cái
# bẫy: một “ứng dụng họp riêng” phải cài, và một lệnh phải dán vào khi camera “bị lỗi”.
# Biến: $recruiter (tên một người đàn ông), $cto (tên một người phụ nữ: người phỏng vấn),
# $monthly (đô la mỗi tháng), $weekday (tuesday hoặc thursday, dùng trong bộ chọn).
# Giọng: chỉn chu. Cả hai viết câu đầy đủ, đúng chính tả, lịch sự và gọn, không emoji; xưng
# “tôi”, gọi người chơi là “anh/chị”. Người chơi xưng “tôi”, gọi nhà tuyển dụng là “anh” và
# CTO là “chị”. Phản hồi và phần kết gọi người chơi là “bạn”, như khắp trò chơi.
# Vô hại: bảng câu hỏi ngắn (identity-docs) và buổi phỏng vấn video bật camera
# (proxy-verification).

camera-fix-interview-title = Vị trí backend ở một startup thanh toán
camera-fix-interview-summary = Một nhà tuyển dụng trên LinkedIn mời bạn phỏng vấn cho vị trí senior backend làm từ xa.
camera-fix-interview-cast-recruiter = { $recruiter }
camera-fix-interview-cast-cto = { $cto }

camera-fix-interview-li-request = Tin nhắn mới trên LinkedIn từ { $recruiter }, Talent Partner tại Halvex Labs.
camera-fix-interview-li-hello = Chào anh/chị, cảm ơn anh/chị đã đồng ý kết nối. Tôi là { $recruiter }, Talent Partner tại Halvex Labs. Chúng tôi xây dựng hạ tầng thanh toán cho các sàn tiền mã hóa, và các dự án backend của anh/chị trên GitHub đã lọt vào mắt CTO của chúng tôi.
camera-fix-interview-li-hello-alt = Chào anh/chị, cảm ơn anh/chị đã nhận lời mời kết nối của tôi. Tôi tên là { $recruiter }, phụ trách tuyển dụng kỹ sư tại Halvex Labs. Chúng tôi làm hạ tầng thanh toán cho các sàn tiền mã hóa, và CTO của chúng tôi đã nhờ tôi liên hệ với anh/chị sau khi xem qua mã nguồn mở của anh/chị.
camera-fix-interview-li-role = Chúng tôi đang tuyển một senior backend engineer: làm từ xa hoàn toàn, { MONEY($monthly) } mỗi tháng, hợp đồng đứng tên chính anh/chị. Quy trình ngắn gọn: vài câu hỏi, một buổi phỏng vấn video với CTO, rồi đến thư mời nhận việc.
camera-fix-interview-questionnaire = Để bắt đầu, anh/chị có thể trả lời nhanh năm câu hỏi ở đây không? Ngôn ngữ chính, số năm làm backend, múi giờ, thời gian báo nghỉ ở chỗ cũ và mức lương mong muốn.

camera-fix-interview-q-choice-answer = Được ạ. Chủ yếu Go và Node, tám năm backend, báo nghỉ một tháng; khung lương phù hợp.
camera-fix-interview-q-choice-later = Tôi chỉ chia sẻ những điều này khi đã nhận được thư mời bằng văn bản của công ty anh.
camera-fix-interview-q-choice-later-feedback = Đây là những câu mọi nhà tuyển dụng đều hỏi, và chúng nói về công việc của bạn, không phải danh tính của bạn. Hãy để dành chữ “không” cho những gì cho phép người khác hành động bằng tên bạn hay trên máy tính của bạn: giấy tờ, thông tin đăng nhập, cài đặt phần mềm.
camera-fix-interview-q-choice-leave = Mới tin nhắn thứ hai đã hỏi lương và ngày nghỉ việc? Nhanh quá, tôi xin thôi.

camera-fix-interview-q-later-reply = Tôi hiểu. Vậy chúng ta sẽ trao đổi những điểm này trong buổi phỏng vấn.
camera-fix-interview-q-thanks = Cảm ơn anh/chị, hồ sơ này rất khớp với những gì chúng tôi cần.

camera-fix-interview-proof = Trước khi hẹn lịch phỏng vấn, chắc anh/chị muốn biết chúng tôi là ai. Website của chúng tôi có đội ngũ và vòng gọi vốn hạt giống, trang công ty ở đây có bốn mươi nhân viên, và COO của chúng tôi sẵn sàng xác nhận vị trí này qua email.
camera-fix-interview-proof-choice-own = Cảm ơn anh. Tôi sẽ tự tra Halvex trong sổ đăng ký doanh nghiệp và gọi số điện thoại tìm thấy ở đó.
camera-fix-interview-proof-choice-own-feedback = Đó mới là cách kiểm tra có giá trị: một nguồn mà nhà tuyển dụng không kiểm soát. Website, trang công ty và một email “của COO” đều có thể do cùng một nhóm người làm ra.
camera-fix-interview-proof-choice-site = Website và trang công ty của anh trông rất bài bản. Vậy là đủ với tôi, cảm ơn.
camera-fix-interview-proof-choice-site-feedback = Một website chỉn chu và một trang đầy nhân viên chính là thứ các công ty bình phong dựng lên: tháng 6 năm 2025, nhà chức trách Mỹ đã thu giữ 21 website gian lận được lập ra để biến những người như vậy thành doanh nghiệp thật. Hãy kiểm tra qua nguồn mà nhà tuyển dụng không kiểm soát.
camera-fix-interview-proof-choice-coo = Một email từ chị COO sẽ khiến tôi yên tâm. Anh nhờ chị ấy viết cho tôi được không?
camera-fix-interview-proof-choice-coo-feedback = Email “của COO” đến từ một tên miền do chính nhóm người đó quản lý, nên nó chỉ lặp lại lời nhà tuyển dụng. Hãy tìm nguồn họ không thể tự viết: sổ đăng ký doanh nghiệp, số điện thoại do chính bạn tìm ra.

camera-fix-interview-own-check = Bạn tự tìm Halvex Labs. Ngoài website mới lập vài tháng và trang công ty, bạn không thấy gì: không có mục đăng ký nào khớp, không có số điện thoại nào ngoài số trên chính website đó. Bạn không xác nhận được công ty này. Bạn quyết định đi tiếp một cách thận trọng: nói chuyện thì không mất gì, nhưng không thứ gì của họ được chạy trên máy bạn.
camera-fix-interview-coo-mail = Một email đến từ địa chỉ thuộc tên miền của chính Halvex. Chị COO xác nhận vị trí trong hai dòng thân thiện và chúc bạn may mắn.

camera-fix-interview-interview-ask = Bước tiếp theo là buổi phỏng vấn video 45 phút với CTO của chúng tôi, chị { $cto }, vào { $weekday ->
    [tuesday] thứ Ba
   *[other] thứ Năm
}. Xin anh/chị bật camera: chúng tôi muốn nhìn thấy những người mình tuyển.
camera-fix-interview-video-choice-yes = Được, tôi sẽ bật camera. Anh gửi giúp tôi lời mời nhé.
camera-fix-interview-video-choice-chat = Phỏng vấn bằng văn bản được không? Tôi ngại lên hình với người lạ.
camera-fix-interview-video-choice-chat-feedback = Một buổi phỏng vấn video mà bạn xuất hiện là chính mình, cho công việc bạn sẽ tự làm, là chuyện bình thường và không để lộ gì. Mối nguy trong câu chuyện này nằm ở chỗ khác: ở thứ họ muốn chạy trên máy tính của bạn.
camera-fix-interview-video-choice-pass = Tin tức về deepfake nhiều quá, tôi ngại gọi video. Tôi xin thôi.

camera-fix-interview-chat-reply = Tôi hiểu. Nhưng CTO của chúng tôi chỉ phỏng vấn qua video: chúng tôi muốn chắc chắn mình đang nói chuyện với đúng ứng viên. Tôi sẽ gửi lời mời, còn anh/chị tự quyết định.

camera-fix-interview-invite = Tiêu đề: Buổi phỏng vấn của anh/chị với Halvex Labs. Các buổi phỏng vấn của chúng tôi diễn ra trên Halvex Meet, ứng dụng họp được mã hóa của riêng chúng tôi; theo chính sách tuân thủ, không được dùng đường link Zoom hay Google Meet. Vui lòng cài ứng dụng qua đường link tải về trong email này trước buổi gọi. Chỉ mất hai phút.
camera-fix-interview-app-choice-install = [Tải Halvex Meet qua đường link trong email và chạy trình cài đặt]
camera-fix-interview-app-choice-once = Tôi sẽ cài nó chỉ cho buổi phỏng vấn, xong là gỡ ngay.
camera-fix-interview-app-choice-once-feedback = Gỡ sau thì đã muộn: trình cài đặt vừa chạy là có thể sao chép mật khẩu, phiên đăng nhập trình duyệt và khóa ví của bạn trong vài giây. Chỉ tham gia cuộc gọi bằng ứng dụng họp bạn vẫn dùng, cài từ trang chính thức của nó.
camera-fix-interview-app-choice-own = Tôi chỉ họp bằng ứng dụng mình đã có. Anh gửi link Meet hoặc Zoom được không?
camera-fix-interview-app-choice-own-feedback = Đúng. Công ty thật nào cũng có thể gặp bạn trên một ứng dụng họp thông thường. Các trang phỏng vấn giả từng yêu cầu ứng viên cài ứng dụng riêng của họ hoặc dán một lệnh để “sửa” camera: chính bản tải về đó là cái bẫy.

camera-fix-interview-installed = Trình cài đặt Halvex Meet: nó hỏi mật khẩu máy tính của bạn, rồi mở một cửa sổ họp có logo Halvex.
camera-fix-interview-own-app-reply = Điều này không thường lệ với chúng tôi, nhưng tôi sẽ ngoại lệ. Anh/chị sẽ nhận được đường link Google Meet cho cùng giờ đó.

camera-fix-interview-call-start = Cuộc gọi video. { $cto } và { $recruiter } bật camera, ngồi trong một văn phòng sáng sủa. Bạn tham gia với camera đã bật.
camera-fix-interview-cto-hello = Rất vui được gặp anh/chị. Ta bắt đầu với dự án gần nhất nhé: anh/chị đã làm thế nào để dịch vụ thanh toán của mình an toàn khi gọi lại nhiều lần?
camera-fix-interview-call-talk = Bạn nói chuyện mười phút về hàng đợi và khóa idempotency. Các câu hỏi tiếp theo của chị ấy rất sắc.
camera-fix-interview-cam-black = Xin lỗi đã ngắt lời. Hình của anh/chị bên chúng tôi đen đã một phút rồi; chúng tôi chỉ nghe được tiếng.
camera-fix-interview-cmd = { $recruiter } gửi vào khung chat của cuộc gọi một lệnh dài trên một dòng.
camera-fix-interview-cam-fix = Chuyện này hay xảy ra với một số laptop sau khi cập nhật hệ thống. Bộ phận IT của chúng tôi có cách sửa nhanh: mở Terminal, dán dòng tôi vừa gửi và nhấn Enter. Nó sẽ khởi động lại driver camera trong mười giây.

camera-fix-interview-fix-choice-paste = Được, tôi dán ngay đây. Tôi không muốn để chị CTO phải chờ mình.
camera-fix-interview-fix-choice-read = Để tôi đọc lệnh trước. Nếu nó chỉ đụng đến camera thì tôi sẽ chạy.
camera-fix-interview-fix-choice-read-feedback = Chỉ một dòng cũng có thể tải về và khởi chạy cả một chương trình mà bạn không bao giờ được đọc. Dù nó hứa sửa gì, một lệnh do nhà tuyển dụng gửi là chạy mã của họ trên máy bạn.
camera-fix-interview-fix-choice-phone = Tôi không dán lệnh từ khung chat. Tôi sẽ vào lại bằng điện thoại.
camera-fix-interview-fix-choice-phone-feedback = Đúng. Không người phỏng vấn nào cần bạn chạy lệnh của họ. Nếu camera thật sự hỏng, hãy vào lại bằng thiết bị khác hoặc dời buổi phỏng vấn.

camera-fix-interview-push = Tiếc là như vậy không được: chúng tôi cần thấy anh/chị trên chính máy tính anh/chị sẽ dùng để làm việc, đó là một phần kiểm tra bảo mật. Chị { $cto } chỉ còn năm phút, và hôm nay chúng tôi chốt vị trí này. Anh/chị cứ chạy bản sửa là được.
camera-fix-interview-push-choice-give = Thôi được, vị trí này đáng để mạo hiểm chút. Tôi chạy ngay đây.
camera-fix-interview-push-choice-file = Anh gửi bản sửa dưới dạng file được không? Tôi muốn quét virus trước.
camera-fix-interview-push-choice-file-feedback = Một lần quét không tìm thấy gì không làm chương trình của họ an toàn, và mở file của họ cũng là chạy mã của họ y như dán lệnh. Hãy rời cuộc gọi: nhà tuyển dụng thật có thể dời lịch.
camera-fix-interview-push-choice-report = [Rời cuộc gọi, chặn anh ta và báo cáo hồ sơ của anh ta với LinkedIn]
camera-fix-interview-push-choice-report-feedback = Lặng lẽ rời đi là tốt nhất. Hạn chót và câu “cứ chạy đi” chính là áp lực; rời đi không làm bạn mất gì, và báo cáo giúp LinkedIn xem xét hồ sơ này trước khi lập trình viên tiếp theo nhận được lời mời y hệt.

camera-fix-interview-file-sent = Một file tên camera_fix được gửi đến. Phần mềm diệt virus không thấy gì, nên bạn mở nó. Camera vẫn đen.
camera-fix-interview-pasted = Một cửa sổ lóe lên rồi đóng lại. Camera của bạn vẫn màu đen.
camera-fix-interview-after-paste = Cảm ơn anh/chị. Có thể cần khởi động lại máy mới có tác dụng. Chị { $cto } phải sang cuộc họp khác; chúng tôi sẽ liên hệ về các bước tiếp theo.
camera-fix-interview-days-later = Hai ngày sau: cảnh báo đăng nhập từ tài khoản GitHub và email của bạn, và ví trên trình duyệt hiện một giao dịch chuyển tiền bạn chưa từng làm. Website của Halvex đã biến mất, hồ sơ của nhà tuyển dụng cũng vậy.

camera-fix-interview-compromised = “Bản sửa” chính là chương trình của họ. Nó đã chạy trên máy bạn và lấy đi những gì tìm thấy: mật khẩu đã lưu, phiên đăng nhập trình duyệt, khóa ví. Những buổi phỏng vấn giả kiểu này đã nhắm vào lập trình viên từ năm 2022, thường cho các vị trí tiền mã hóa và fintech, và được dựng lên để bắt đúng những người đang muốn có việc. Từ một thiết bị khác, hãy đổi mật khẩu, đăng xuất mọi phiên, chuyển số tiền còn lại trong ví sang ví mới và thay mọi khóa từng nằm trên máy đó. Sau đó hãy làm sạch hoặc cài lại máy trước khi dùng tiếp.
camera-fix-interview-reported = Bạn đã rời cuộc gọi, chặn anh ta và báo cáo hồ sơ. Không thứ gì của họ chạy trên máy bạn, và LinkedIn giờ có thể xem xét hồ sơ này trước khi lập trình viên tiếp theo nhận được lời mời y hệt.
camera-fix-interview-reported-installed = Bạn đã chặn anh ta và báo cáo hồ sơ, điều đó giúp ứng viên tiếp theo. Nhưng trình cài đặt Halvex Meet đã chạy với mật khẩu của bạn, nên hãy coi chiếc máy đó đã bị xâm nhập. Từ một thiết bị khác, hãy đổi mật khẩu, đăng xuất mọi phiên, chuyển tiền mã hóa sang ví mới và thay mọi khóa từng nằm trên máy. Sau đó hãy làm sạch hoặc cài lại máy.
camera-fix-interview-walked-away-q = Bạn rời đi trước khi có gì của mình bị đe dọa, và như vậy là an toàn. Nhưng những câu anh ta hỏi là câu mọi nhà tuyển dụng đều hỏi. Hãy để dành chữ “không” cho những yêu cầu đưa mã của người khác vào máy bạn hoặc cho người khác hành động bằng tên bạn.
camera-fix-interview-walked-away-video = Bạn đã rời đi an toàn. Nhưng bản thân buổi phỏng vấn video không phải là mối nguy: bạn sẽ xuất hiện là chính mình. Hãy để dành chữ “không” cho lúc có người bảo bạn cài ứng dụng của họ hay chạy lệnh của họ.

camera-fix-interview-fine-identity-docs = Bảng câu hỏi nói về công việc của bạn: ngôn ngữ, số năm kinh nghiệm, múi giờ, thời gian báo nghỉ, khung lương. Nhà tuyển dụng nào cũng hỏi vậy. Giấy tờ, thông tin đăng nhập và việc cài phần mềm mới là thứ cho phép người khác hành động bằng tên bạn hay trên máy bạn.
camera-fix-interview-fine-proxy-verification = Buổi phỏng vấn video bật camera là ổn: bạn xuất hiện là chính mình, cho công việc bạn sẽ tự làm. Mối nguy của cuộc gọi này không nằm ở camera mà ở những thứ đi kèm: ứng dụng của họ và lệnh của họ.
