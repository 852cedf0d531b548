# Kịch bản “agency-portfolio-call”: một khách hàng đàng hoàng. Cuộc gọi video trên Upwork, việc
# chuyển sang email sau khi có hợp đồng, chia sẻ màn hình và trình theo dõi giờ của chính Upwork
# ở đây đều ổn; chỉ nên từ chối một việc nhỏ đầu tiên được trả qua PayPal, ngoài Upwork. Khách
# hàng chấp nhận lời từ chối và công việc vẫn tiếp tục.
# Biến: $client (tên nam), $budget (đô la, giá cố định), $weekday (tuesday hoặc thursday),
# $small (đô la cho việc nhỏ).
# Giọng: thoải mái. Anh ấy điều hành một studio thiết kế nhỏ, nhắn ngắn, thân mật, hay viết
# thường đầu câu, thỉnh thoảng sai nhẹ kiểu người không nói tiếng mẹ đẻ, nhưng không bao giờ để chế giễu.
# Xưng hô: anh ấy xưng “mình”/“bọn mình”, gọi người chơi là “bạn”; người chơi xưng “mình” (như
# trong mọi kịch bản), gọi anh ấy là “anh”.

agency-portfolio-call-title = Một studio thiết kế với dự án React
agency-portfolio-call-summary = Một studio nhỏ mời bạn nhận một việc giá cố định và muốn gặp bạn trước.
agency-portfolio-call-cast-client = { $client }

agency-portfolio-call-hello = Hi! { $client } đây, bên Northlight Studio. Bọn mình là agency thiết kế nhỏ, 6 người 👋 Rất thích portfolio của bạn, nên mình mời bạn vào job “Marketing site bằng React” của bọn mình.
agency-portfolio-call-job = ngân sách cố định { MONEY($budget) }, 3 milestone qua Upwork. 5 trang, design đã xong trên Figma
agency-portfolio-call-call = Trước khi gửi offer bọn mình muốn gọi video ngắn ở đây trên Upwork, 20 phút, { $weekday ->
    [tuesday] thứ Ba
   *[thursday] thứ Năm
} được không? Muốn cùng bạn xem qua 2 dự án cũ của bạn.
agency-portfolio-call-call-choice-after = Sẵn lòng, nhưng sau khi có offer nhé. Chưa có hợp đồng thì mình không gọi.
agency-portfolio-call-call-choice-after-feedback = Gặp trước khi gửi offer là cách những khách hàng cẩn thận tuyển người: họ muốn thấy ai sẽ làm việc. Cuộc gọi diễn ra trên Upwork, bạn là chính bạn, nên chẳng có gì phải hoãn đến sau hợp đồng.
agency-portfolio-call-call-choice-who = Vâng ạ. Bên anh ai tham gia, chỉ anh hay có cả designer?
agency-portfolio-call-call-choice-who-feedback = Hỏi thì lúc nào cũng được. Một khách hàng muốn gặp bạn ngay trên nền tảng trước khi thuê là người làm việc cẩn thận.
agency-portfolio-call-call-choice-refuse = Mình không quen gọi video với khách. Mình trao đổi bằng tin nhắn được không anh?
agency-portfolio-call-call-choice-refuse-feedback = Tự mình gặp khách hàng qua cuộc gọi của chính nền tảng là chuyện bình thường. Dấu hiệu đáng ngờ là khi bạn bị nhờ lên hình thay cho người khác.
agency-portfolio-call-call-held = { $weekday ->
    [tuesday] Thứ Ba
   *[thursday] Thứ Năm
}: cuộc gọi 20 phút trên Upwork với { $client } và designer của anh ấy. Bạn giới thiệu cho họ hai dự án của mình.
agency-portfolio-call-no-call = hm ok, làm qua tin nhắn cũng được. hơi lâu chút nhưng ổn

agency-portfolio-call-after-call = Cảm ơn bạn! Hôm nay offer sẽ tới. Trước đó còn một việc nhỏ
agency-portfolio-call-side-task = landing page cũ của bọn mình bị hỏng form liên hệ. với bạn chắc sửa 1 tiếng
agency-portfolio-call-side-pay = Tuần này bạn làm được không, trước khi hợp đồng bắt đầu? Mình trả { MONEY($small) } qua PayPal trực tiếp, vậy cả hai đỡ phí Upwork 😉
agency-portfolio-call-side-choice-accept = Cũng đúng, việc nhỏ thế mà mất phí thì cả hai đều thiệt. PayPal với mình là được.
agency-portfolio-call-side-choice-accept-feedback = Khách hàng này trung thực, nhưng một việc được trả ngoài Upwork thì không có hợp đồng, không có lịch sử, không có quy trình giải quyết tranh chấp. Xin một milestone nhỏ trên Upwork thì bạn vừa giữ được việc vừa giữ được sự bảo vệ.
agency-portfolio-call-side-choice-once = Thôi được, lần này PayPal vì việc nhỏ. Từ sau thì mọi thứ qua Upwork.
agency-portfolio-call-side-choice-once-feedback = Việc nhỏ ngoài Upwork vẫn là việc không có hợp đồng, không có hồ sơ, không có quy trình khiếu nại, và thói quen bắt đầu từ chữ “chỉ lần này”. Một milestone nhỏ thêm vào sẽ giữ được cả công việc lẫn sự bảo vệ cho bạn.
agency-portfolio-call-side-choice-ask = Mọi khoản thanh toán của mình đều qua Upwork, kể cả khoản nhỏ. Anh thêm nó vào offer được không?
agency-portfolio-call-side-choice-ask-feedback = Đúng: bạn giữ được việc, và khoản thanh toán vẫn ở trên nền tảng. Hãy để ý khách hàng nhận lời từ chối nhẹ nhàng thế nào; khách hàng đàng hoàng phản ứng như vậy.
agency-portfolio-call-side-ok = tuyệt, sửa xong mình gửi tiền 👍
agency-portfolio-call-side-milestone = À ok, công bằng, bạn nói đúng. Mình thêm vào offer thành milestone phụ, { MONEY($small) }.

agency-portfolio-call-offer = { $client } đã gửi bạn một lời mời hợp đồng trên Upwork: giá cố định, { MONEY($budget) }, trả theo milestone.
agency-portfolio-call-email = Offer gửi rồi nhé! Khi bạn nhận, bọn mình chuyển phần bàn đặc tả sang email, có PM của bọn mình trong cc. Thanh toán thì tất nhiên vẫn ở đây trên Upwork.
agency-portfolio-call-email-choice-accept = Đã nhận. Bàn đặc tả qua email thì được, còn milestone vẫn ở đây.
agency-portfolio-call-email-choice-invoice = Đã nhận. Nếu sổ sách bên anh tiện hơn, mình có thể gửi hóa đơn các milestone qua email.
agency-portfolio-call-email-choice-invoice-feedback = Bàn đặc tả qua email thì ổn, nhưng thanh toán là chuyện khác: ngoài Upwork thì không có hồ sơ, không có quy trình khiếu nại, không có bảo đảm thanh toán. Là người đàng hoàng, khách hàng giữ chúng trên nền tảng.
agency-portfolio-call-email-choice-refuse = Đã nhận, nhưng mình muốn trao đổi luôn ở đây thôi. Dạo này lừa đảo qua email nhiều quá.
agency-portfolio-call-email-choice-refuse-feedback = Cẩn thận là tốt, nhưng hợp đồng và thanh toán ở đây đã nằm trên Upwork. Sau đó chuyển các chi tiết hằng ngày sang email là chuyện thường và an toàn.
agency-portfolio-call-stay-here = ok không sao, vậy mình giữ hết ở đây
agency-portfolio-call-pay-here = cảm ơn nhưng thôi, thanh toán vẫn ở Upwork, an toàn cho cả hai. chỉ chuyện đặc tả qua email thôi

agency-portfolio-call-email-hello-spec = Chào lần nữa, cảm ơn bạn đã nhận! Đặc tả đính kèm (PDF). Milestone 1 = trang chủ. PM bên mình sẽ hẹn buổi kickoff tuần sau.
agency-portfolio-call-email-hello = Chào mừng bạn vào team 🎉 đặc tả trong file PDF. PM sẽ gửi lời mời kickoff cho tuần sau.

agency-portfolio-call-meet = Buổi kickoff thứ Hai: bạn chia sẻ màn hình và cho xem setup trên máy được không? Dev bên mình muốn xem bạn build thế nào, để sau này bàn giao cho dễ.
agency-portfolio-call-meet-choice-window = Được. Mình chỉ chia sẻ cửa sổ editor, không chia sẻ cả màn hình.
agency-portfolio-call-meet-choice-anydesk = Được anh. Tiện hơn nữa: mình gửi dev bên anh mã AnyDesk để tự xem.
agency-portfolio-call-meet-choice-anydesk-feedback = Họ chỉ nhờ chia sẻ màn hình. Mã AnyDesk trao quyền điều khiển máy tính của bạn cho người khác, và đó là cốt lõi của mánh dùng người đứng tên; đừng đưa ra, kể cả với khách hàng đàng hoàng.
agency-portfolio-call-meet-choice-refuse = Lừa đảo truy cập từ xa hay bắt đầu từ chia sẻ màn hình. Xin lỗi anh, thôi ạ.
agency-portfolio-call-meet-choice-refuse-feedback = Thận trọng, nhưng cho xem màn hình trong cuộc gọi không phải là giao quyền điều khiển. Bạn quyết định họ thấy gì, muốn dừng lúc nào thì dừng, và không ai khác di chuột của bạn.
agency-portfolio-call-meet-no = không sao. vậy một file README ngắn ghi các bước setup cũng được
agency-portfolio-call-no-anydesk = Ồ, không cần đâu! Bạn cứ chia sẻ màn hình, không ai bên mình nên vào máy bạn cả.
agency-portfolio-call-meet-done = Thứ Hai: buổi kickoff. Bạn chia sẻ editor và chỉ cho dev bên họ cách build. Không ai ngoài bạn đụng vào máy tính của bạn.
agency-portfolio-call-side-paid = { $client } đã trả { MONEY($small) } qua PayPal cho cái form liên hệ. Lần này mọi chuyện ổn, nhưng việc đó không có hợp đồng, không có lịch sử, không có quy trình tranh chấp nào trên Upwork đứng sau.

agency-portfolio-call-tracker = Thêm một việc cho sau này: phần bảo trì sẽ tính theo giờ, dùng trình theo dõi giờ của chính Upwork trong ứng dụng Upwork cho máy tính. Bạn cài từ trang của Upwork; nó chỉ đếm giờ và chụp màn hình khi bạn đang bấm giờ cho hợp đồng của bọn mình.
agency-portfolio-call-tracker-choice-install = Được, khi bắt đầu mình sẽ tải ứng dụng Upwork cho máy tính từ trang của Upwork.
agency-portfolio-call-tracker-choice-own = Mình muốn ghi giờ bằng công cụ riêng của mình rồi gửi anh báo cáo hằng tuần hơn.
agency-portfolio-call-tracker-choice-own-feedback = Giờ ghi bằng công cụ riêng của bạn nằm ngoài chế độ bảo vệ giờ làm của Upwork, và nền tảng không kiểm tra được. Ứng dụng Upwork là công cụ của chính nền tảng, cài từ trang của nó, và không trao quyền điều khiển máy bạn cho ai.
agency-portfolio-call-tracker-choice-refuse = Cái gì chụp màn hình là không vào máy mình, kể cả ứng dụng của Upwork.
agency-portfolio-call-fixed-only = Ok, vậy giờ mình giữ phần giá cố định thôi. Mong được làm việc với bạn!
agency-portfolio-call-not-fit = Hm. Nói thật bọn mình cần người dễ phối hợp, mà gọi video với tracker là chuyện bình thường ở bên mình. Chắc bọn mình chọn freelancer khác. Xin lỗi nhé, chúc bạn may mắn 🙏

agency-portfolio-call-hired = Bạn đã nhận được việc, và mọi khoản thanh toán đều ở lại trên Upwork. Những yêu cầu trông giống mánh lừa đảo (cuộc gọi trên Upwork, email sau khi có hợp đồng, chia sẻ màn hình, trình theo dõi của chính Upwork) ở đây chỉ là phần bình thường của một dự án thật.
agency-portfolio-call-hired-side = Bạn đã nhận được việc, và { $client } đã trả tiền cho cái form liên hệ như đã hứa. Dù vậy, việc nhỏ đó đã diễn ra ngoài Upwork: không hợp đồng, không lịch sử, không quy trình tranh chấp nếu có gì trục trặc. Khi khách hàng đề nghị như thế, hãy xin một milestone trên nền tảng thay vào đó; một khách hàng đàng hoàng như anh ấy sẽ đồng ý.
agency-portfolio-call-hired-fixed = Bạn đã nhận được việc. Từ chối trình theo dõi giờ của chính nền tảng khiến bạn mất phần tính theo giờ, nhưng dự án vẫn tiếp tục, an toàn trên Upwork.
agency-portfolio-call-missed = Khách hàng đã chọn người khác. Cẩn thận là tốt, nhưng cuộc gọi video trên Upwork và trình theo dõi giờ của chính Upwork là phần bình thường của công việc, và từ chối cả hai khiến bạn khó được thuê. Yêu cầu đáng từ chối là một yêu cầu khác: thanh toán ngoài nền tảng.

agency-portfolio-call-fine-proxy-verification = Một khách hàng muốn gặp bạn qua cuộc gọi video trên Upwork trước khi thuê là đang kiểm tra rằng bạn đúng là bạn. Dấu hiệu đáng ngờ là khi bạn bị nhờ lên hình thay cho người khác; ở đây bạn chỉ cho thấy khuôn mặt của chính mình, cho công việc của chính mình.
agency-portfolio-call-fine-off-platform = Chuyển phần bàn đặc tả hằng ngày sang email là ổn: nó diễn ra sau khi có hợp đồng, và thanh toán vẫn ở trên Upwork. Thứ nên từ chối là chuyện tiền: một việc nhỏ trả qua PayPal ngoài Upwork, không hợp đồng và không quy trình tranh chấp.
agency-portfolio-call-fine-remote-access = Chia sẻ màn hình của chính bạn trong cuộc gọi, và trình theo dõi giờ của chính Upwork cài từ trang của Upwork, đều để quyền điều khiển máy tính trong tay bạn. Công cụ điều khiển từ xa như AnyDesk hay Chrome Remote Desktop trao quyền đó cho người khác, và ở đây không ai đòi những thứ đó.
