# Kịch bản “agency-portfolio-call”: một khách hàng đàng hoàng. Biến: $client (một cái tên),
# $budget (đô la, giá cố định), $weekday (tuesday hoặc thursday).
# Khách hàng nhắn lịch sự, rõ ràng, như trưởng dự án của một studio nhỏ.
# Người chơi luôn xưng “mình” (như trong mọi kịch bản), để cách xưng hô không để lộ đáp án.

agency-portfolio-call-title = Một studio thiết kế với dự án React
agency-portfolio-call-summary = Một studio nhỏ mời bạn nhận một việc giá cố định và muốn gặp bạn trước.
agency-portfolio-call-cast-client = { $client }

agency-portfolio-call-hello = Chào bạn! Tôi là { $client } từ Northlight Studio, một agency thiết kế nhỏ. Chúng tôi rất thích portfolio của bạn và đã mời bạn ứng tuyển vào tin tuyển dụng “Website marketing bằng React” của chúng tôi.
agency-portfolio-call-call = Ngân sách cố định là { MONEY($budget) }, thanh toán theo ba mốc (milestone) qua Upwork. Trước khi gửi lời mời hợp đồng, chúng ta có thể gọi video 20 phút ngay trên Upwork vào { $weekday ->
    [tuesday] thứ Ba
   *[thursday] thứ Năm
} được không? Chúng tôi muốn cùng bạn xem qua hai dự án trước đây của bạn.
agency-portfolio-call-call-choice-accept = Vâng, được thôi. Mình sẽ cho bạn xem hai dự án đó.
agency-portfolio-call-call-choice-who = Rất sẵn lòng. Bên bạn sẽ có những ai tham gia cuộc gọi?
agency-portfolio-call-call-choice-who-feedback = Đặt câu hỏi lúc nào cũng ổn. Một khách hàng muốn gặp bạn, ngay trên nền tảng, trước khi thuê bạn là đang làm đúng phần việc của họ.
agency-portfolio-call-call-choice-refuse = Xin lỗi, mình không gọi video với khách hàng.
agency-portfolio-call-call-choice-refuse-feedback = Tự mình gặp khách hàng, qua tính năng gọi của chính nền tảng, là chuyện bình thường. Dấu hiệu cảnh báo là khi bạn bị yêu cầu lên video thay cho người khác.
agency-portfolio-call-no-call = Không sao, thay vào đó chúng ta có thể trao đổi về các dự án bằng văn bản. Chỉ là sẽ mất thời gian hơn một chút.

agency-portfolio-call-offer = { $client } đã gửi cho bạn một lời mời hợp đồng trên Upwork: giá cố định { MONEY($budget) }, ba mốc thanh toán.
agency-portfolio-call-email = Lời mời đã được gửi! Sau khi bạn chấp nhận, chúng tôi muốn chuyển phần trao đổi chi tiết về spec sang email, có CC quản lý dự án bên chúng tôi. Tất nhiên thanh toán vẫn ở trên Upwork.
agency-portfolio-call-email-choice-accept = Mình đã chấp nhận. Trao đổi spec qua email thì được; các mốc thanh toán vẫn ở trên Upwork.
agency-portfolio-call-email-choice-refuse = Mình chỉ trao đổi trên Upwork, không qua email.
agency-portfolio-call-email-choice-refuse-feedback = Cẩn thận là tốt, nhưng ở đây hợp đồng và thanh toán đã nằm trên Upwork. Sau đó chuyển các việc hằng ngày sang email là chuyện phổ biến và an toàn.
agency-portfolio-call-stay-here = Tôi hiểu, vậy chúng ta sẽ giữ mọi trao đổi ở đây.

agency-portfolio-call-email-hello-spec = Chào bạn lần nữa, và cảm ơn bạn đã chấp nhận! Spec được đính kèm. Mốc 1 là trang chủ; quản lý dự án của chúng tôi sẽ sắp xếp buổi họp khởi động vào tuần sau.
agency-portfolio-call-email-hello = Chào mừng bạn đến với dự án! Đây là spec dạng PDF. Quản lý dự án của chúng tôi sẽ gửi lời mời họp khởi động vào tuần sau.
agency-portfolio-call-tracker = Thêm một việc cho sau này: phần bảo trì sẽ tính theo giờ, dùng công cụ theo dõi thời gian của chính Upwork trong ứng dụng Upwork trên máy tính. Bạn cài nó từ trang của Upwork; nó chỉ ghi lại thời gian và ảnh chụp màn hình trong lúc bạn bấm giờ cho hợp đồng này.
agency-portfolio-call-tracker-choice-install = Được, đến lúc đó mình sẽ cài ứng dụng Upwork cho máy tính từ trang của Upwork.
agency-portfolio-call-tracker-choice-check = Nghe ổn. Mình sẽ xem trước các điều khoản tính theo giờ trong hợp đồng.
agency-portfolio-call-tracker-choice-check-feedback = Kiểm tra là thói quen tốt. Ở đây nó xác nhận điều khách hàng nói: công cụ theo dõi là của nền tảng, không phải công cụ điều khiển từ xa.
agency-portfolio-call-tracker-choice-refuse = Mình sẽ không cài bất kỳ phần mềm nào cho khách hàng.
agency-portfolio-call-tracker-choice-leave = Nghe như lừa đảo. Mình không tham gia.
agency-portfolio-call-fixed-only = Được ạ, vậy trước mắt chúng ta chỉ làm phần giá cố định thôi. Rất mong được làm việc cùng bạn!

agency-portfolio-call-hired-fixed = Bạn đã nhận được việc. Từ chối công cụ theo dõi thời gian của chính nền tảng khiến bạn mất phần tính theo giờ, nhưng dự án vẫn tiếp tục, an toàn trên Upwork.
agency-portfolio-call-hired = Bạn đã nhận được việc. Cuộc gọi, việc chuyển sang email sau khi có hợp đồng, và công cụ theo dõi thời gian của chính nền tảng đều là những phần bình thường của một dự án thật.
agency-portfolio-call-missed = Bạn đã rời bỏ một khách hàng đàng hoàng. Cẩn thận là tốt; ở đây mọi yêu cầu đều nằm trên nền tảng hoặc đến sau khi đã có hợp đồng. Lần sau, hãy kiểm tra trước khi rút lui.
