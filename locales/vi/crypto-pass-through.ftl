# Kịch bản “crypto-pass-through”: một nữ khách hàng thân thiện trên Upwork chuyển sang Telegram
# và nhờ người chơi nhận lương của “team cô ấy” rồi chuyển tiếp bằng tiền mã hóa.
# Biến: $client (tên một người phụ nữ), $handle (một tên Telegram), $task_pay, $incoming và
# $bigger (đô la), $fee (ten hoặc fifteen, dùng cho bộ chọn).
# Khách hàng là nữ. Cô ấy nhắn thân mật, nhanh, suồng sã, câu ngắn, đôi khi viết thường, vài
# emoji và lỗi nhỏ của người không nói tiếng Việt như tiếng mẹ đẻ (viết tắt, thiếu dấu câu);
# trở nên lạnh lùng khi tiền không được chuyển. Cô ấy xưng “mình”, gọi người chơi là “bạn”.
# Người chơi luôn xưng “mình” và gọi cô ấy là “chị”, để cách xưng hô không để lộ đáp án.
# Chữ trong ngoặc vuông là hành động của người chơi, không phải tin nhắn.

crypto-pass-through-title = Sửa nhanh một landing page
crypto-pass-through-summary = Một khách hàng trên Upwork cần sửa form liên hệ, trả tiền nhanh và tuần nào cũng có thêm việc nhỏ.
crypto-pass-through-cast-client = { $client }

crypto-pass-through-hello = Chào bạn! Mình cần sửa gấp landing page, form liên hệ ko gửi được. Chắc bạn làm tối đa 30 phút thôi. Mình trả cao cho người làm nhanh 😊
crypto-pass-through-contract = { $client } đã gửi bạn một lời mời hợp đồng trên Upwork: “Sửa form liên hệ”, giá cố định { MONEY($task_pay) }.
crypto-pass-through-portfolio = à còn một chuyện, bạn đừng đưa trang này vào portfolio vội nha. tháng sau bọn mình mới ra mắt và thiết kế vẫn đang giữ kín. ra mắt rồi thì thoải mái!

crypto-pass-through-portfolio-choice-ok = Được chị, nhưng ra mắt rồi thì mình sẽ đưa vào portfolio nhé.
crypto-pass-through-portfolio-choice-why = Sao phải giữ kín vậy chị? Mình cần biết trang này để làm gì rồi mới đồng ý.
crypto-pass-through-portfolio-choice-why-feedback = Hỏi thì không sao, nhưng biến nó thành điều kiện là chặn một yêu cầu vô hại: không đưa một thiết kế chưa ra mắt vào portfolio là giữ gìn sản phẩm của cô ta, không giấu Upwork điều gì. Hợp đồng và thanh toán vẫn nằm trên nền tảng.
crypto-pass-through-portfolio-choice-refuse = Xin lỗi chị, việc gì mình cũng đưa lên. Ai bắt giữ kín là mình thấy không ổn.
crypto-pass-through-portfolio-choice-refuse-feedback = Phản xạ dễ hiểu, nhưng yêu cầu này vô hại: không đưa một thiết kế chưa ra mắt vào portfolio là giữ gìn sản phẩm của khách, chứ không giấu nền tảng điều gì.

crypto-pass-through-portfolio-shrug = Haha ok, chỉ là chuyện thiết kế thôi, ko có gì to tát. tùy bạn, nếu được thì đợi vài tuần nha
crypto-pass-through-paid = Hai giờ sau: “Khoản thanh toán { MONEY($task_pay) } cho ‘Sửa form liên hệ’ đã được giải ngân.”
crypto-pass-through-praise = wow NHANH thật 🔥 bạn đúng là người mình cần. tuần nào mình cũng có nhiều việc nhỏ kiểu này
crypto-pass-through-move = Mà nói thật phí Upwork làm mình mệt quá. Mình nói chuyện trên Telegram đi, mình gửi việc tiếp theo ở đó và trả thẳng cho bạn, bạn được nhiều hơn. Mình là @{ $handle }

crypto-pass-through-move-choice-ask = Cảm ơn chị, nhưng sao không đăng việc tiếp theo ở đây thành hợp đồng mới? Khoản phí đáng mà.
crypto-pass-through-move-choice-ask-feedback = Câu hỏi hay. Trả tiền ngoài nền tảng lấy mất sự bảo vệ của bạn, và một khách trả hậu thế này thì thừa sức trả phí.
crypto-pass-through-move-choice-chat = Ok, mình nhắn với chị trên Telegram, nhưng thanh toán thì vẫn ở đây trên Upwork.
crypto-pass-through-move-choice-chat-feedback = Chuyển một nửa vẫn là chuyển: khi cuộc trò chuyện rời Upwork, bằng chứng cũng đi theo, và những yêu cầu tiếp theo của cô ta sẽ đến ở nơi không ai khác thấy. Hãy giữ mọi trao đổi trước hợp đồng trên nền tảng.
crypto-pass-through-move-choice-go = Được chị, ít phí hơn là cả hai cùng lợi, mà chị trả cũng nhanh. Gặp chị trên Telegram.

crypto-pass-through-stay-reply = Haha bạn cẩn thận ghê, mình thích vậy. nhưng thật ra chỉ là chat trên Telegram thôi, có gì đâu. freelancer của mình ai cũng ở đó, nhanh hơn nhiều
crypto-pass-through-insist-choice-give-in = Thôi được, tới giờ chị trả nhanh và sòng phẳng, nên mình sẽ nhắn chị trên Telegram.
crypto-pass-through-insist-choice-details = Ok, chị gửi mình tên và website công ty trước đi, rồi mình qua bên đó.
crypto-pass-through-insist-choice-details-feedback = Tên công ty và website thì dễ bịa, và bạn được thấy gì là do cô ta quyết định. Chúng cũng chẳng thay đổi bản chất yêu cầu: ra khỏi Upwork, bạn mất cả bằng chứng lẫn sự bảo vệ.
crypto-pass-through-insist-choice-report = [Thôi trả lời và báo cáo với nền tảng lời đề nghị trả tiền ngoài Upwork của chị ta]
crypto-pass-through-insist-choice-report-feedback = Upwork đề nghị người dùng báo cáo các lời mời trả tiền ngoài nền tảng. Chỉ mất một phút, và không cần báo trước cho cô ta.
crypto-pass-through-details-reply = Ok luôn, có hết trong profile Telegram của mình, qua đó mình cho bạn xem hết

crypto-pass-through-tg-hello = hey!! 👋 { $client } đây, vui quá bạn qua rồi
crypto-pass-through-tg-team = Kể sơ chút nha: mình quản lý một team lập trình viên, họ làm remote cho mấy công ty ở Mỹ và châu Âu. Công ty trả lương cho họ hàng tháng, nhưng ngân hàng chỗ mấy bạn ấy sống thì khổ lắm, chuyển khoản bị chặn hoặc mất cả mấy tuần
crypto-pass-through-tg-ask = Ý mình thế này: các công ty trả lương của team mình vào tài khoản ngân hàng hoặc ví crypto của BẠN. Bạn giữ { $fee ->
    [ten] 10
   *[fifteen] 15
}% rồi gửi phần còn lại cho mình bằng USDT. Mỗi lần 10 phút, có tháng còn hơn số bạn kiếm được từ sửa form

crypto-pass-through-mule-choice-agree = Đó là lương của chính họ, mình chỉ mất mười phút, nên ok, mình làm được cho chị.
crypto-pass-through-mule-choice-proof = Chị gửi mình hợp đồng và phiếu lương của họ trước. Nếu trông là thật thì mình nhận.
crypto-pass-through-mule-choice-proof-feedback = Giấy tờ cô ta gửi là giấy tờ cô ta kiểm soát, mà kể cả phiếu lương thật cũng không thay đổi được gì: lương của người khác sẽ vào tài khoản của bạn rồi lại đi ra dưới dạng crypto theo lời cô ta. Đó là làm con la tiền, dù giấy tờ có ghi gì đi nữa.
crypto-pass-through-mule-choice-why = Sao các công ty không trả thẳng cho lập trình viên của chị, vào tài khoản đứng tên họ?
crypto-pass-through-mule-choice-why-feedback = Đúng câu cần hỏi. Công ty trả lương cho người làm vào tài khoản đứng tên chính họ. Tiền lương phải mượn tài khoản của người lạ mới vào được, rồi lại đi ra dưới dạng crypto, là tiền đang được rửa, và người chuyển tiếp nằm ngay giữa vụ đó.

crypto-pass-through-pressure = thôi mà, chỉ là giúp team mình nhận lương thôi. ko có gì phạm pháp, công ty là thật, mình cho bạn xem phiếu lương được
crypto-pass-through-pressure-2 = Nhưng hôm nay mình cần câu trả lời, có freelancer khác cũng muốn nhận. Bạn thấy rồi đó mình trả đúng hạn
crypto-pass-through-pressure-choice-give-in = Chị trả mình nhanh và sòng phẳng thật. Thôi được, thử một lần xem sao.
crypto-pass-through-pressure-choice-wallet = Thôi được, miễn là qua ví crypto của mình, chứ không qua tài khoản ngân hàng.
crypto-pass-through-pressure-choice-wallet-feedback = Dùng ví thay cho tài khoản ngân hàng chỉ đổi công cụ, không đổi bản chất: lương của team cô ta vẫn đi qua bạn rồi đến tay cô ta. Hạn chót và lời khen có mặt là để bạn vội vàng bỏ qua điều đó.
crypto-pass-through-pressure-choice-report = [Thôi trả lời, chặn chị ta trên Telegram và báo cáo hồ sơ của chị ta trên Upwork]
crypto-pass-through-proof = đây nè!! 3 hợp đồng với phiếu lương tháng trước. toàn công ty thật, bạn thấy đó
crypto-pass-through-proof-file = { $client } đã gửi bạn bốn file PDF: ba hợp đồng lao động và một phiếu lương. Bạn chưa từng nghe tên các công ty đó, và không có cách nào kiểm tra giấy tờ.

crypto-pass-through-bank-path = tuyệt!! gửi mình số tài khoản với họ tên đầy đủ nha, công ty đầu tiên trả hôm nay
crypto-pass-through-bank-in = Ngân hàng của bạn: nhận chuyển khoản { MONEY($incoming) } từ một công ty bạn chưa từng nghe tên.
crypto-pass-through-bank-forward = Nhận được chưa? Giờ bạn dùng tiền đó mua USDT trên sàn, giữ lại { $fee ->
    [ten] 10
   *[fifteen] 15
}% của bạn, phần còn lại gửi tới địa chỉ ví mình dán bên dưới

crypto-pass-through-wallet-path = Tuyệt!! gửi mình địa chỉ ví USDT của bạn, công ty này trả bằng crypto
crypto-pass-through-wallet-in = Ví của bạn: đã nhận { GROUPED($incoming) } USDT từ một địa chỉ bạn không biết.
crypto-pass-through-wallet-forward = Tiền về rồi đó, giữ { $fee ->
    [ten] 10
   *[fifteen] 15
}% của bạn và gửi phần còn lại tới địa chỉ mình dán bên dưới

crypto-pass-through-quiet = Bạn làm trong vòng một tiếng nha, team mình đang chờ lương. Mà nếu ngân hàng hay sàn có hỏi, cứ nói là thu nhập freelance, ko cần nhắc tới mình hay team đâu 🤫
crypto-pass-through-forward-choice-forward = [Giữ phần phí, gửi phần còn lại tới địa chỉ chị ta dán và nhắn là đã xong]
crypto-pass-through-forward-choice-stop = Khoan. Mình sẽ không chuyển tiếp khoản tiền này, và không giấu ngân hàng chuyện nó từ đâu ra.
crypto-pass-through-forward-choice-stop-feedback = Hoàn toàn đúng. Chính việc chuyển tiếp biến bạn thành con la tiền, và giấu nguồn gốc tiền cũng là một phần của việc đó. Hãy để nguyên số tiền và báo công an, cùng ngân hàng hoặc sàn nếu tiền đang nằm ở đó.
crypto-pass-through-forward-choice-once = Lần này mình chuyển, nhưng mình sẽ nói với ngân hàng là tiền của team chị.
crypto-pass-through-forward-choice-once-feedback = Thẳng thắn với ngân hàng là tốt, nhưng tiền vẫn đã đi tiếp đến tay cô ta, và chính việc chuyển tiếp biến bạn thành con la tiền. Hãy để nguyên số tiền, báo công an và ngân hàng, hoặc sàn nếu tiền đang nằm ở đó.

crypto-pass-through-threat = gì?? đó là lương của team mình, bạn ko được giữ
crypto-pass-through-threat-2 = Gửi ngay hoặc mình báo công an là BẠN ăn cắp. Bạn đang ôm tiền của bọn mình, thử nghĩ xem họ sẽ nói gì 😠
crypto-pass-through-threat-choice-give-in = Thôi được, thôi được, mình chuyển ngay đây. Chị đừng báo công an nhé.
crypto-pass-through-threat-choice-bank = [Để nguyên số tiền, chặn chị ta và mang đoạn chat đến công an]
crypto-pass-through-threat-choice-bank-feedback = Đe dọa là bước quen thuộc khi ai đó bắt đầu do dự. Công an đã gặp chuyện này nhiều, và chủ động đến trước, mang theo đoạn chat, sẽ bảo vệ bạn. Đừng gửi số tiền đi đâu cả, kể cả gửi trả: việc đó để công an và ngân hàng hoặc sàn xử lý.
crypto-pass-through-threat-choice-warn = Cứ việc. Chính mình sẽ đi báo công an, với toàn bộ đoạn chat này.
crypto-pass-through-threat-choice-warn-feedback = Đứng lên phản đối là điều dễ hiểu, nhưng lời cảnh báo cho cô ta thời gian xóa đoạn chat và các tài khoản, trong khi cô ta có thông tin của bạn. Hãy chặn trước, rồi trình báo mà không nói cho cô ta biết.

crypto-pass-through-thanks = Nhận được rồi, bạn đỉnh ghê, thấy dễ chưa?
crypto-pass-through-new-account = tháng sau khoản lớn hơn, { MONEY($bigger) }. nhiều vậy ngân hàng của bạn có thể hỏi, nên bạn mở giúp mình một tài khoản mới ở ngân hàng online nha, 10 phút với giấy tờ tùy thân của bạn, rồi đưa mình thông tin đăng nhập để mình theo dõi thanh toán. Phí của bạn vẫn vậy
crypto-pass-through-account-choice-open = Lần đầu trôi chảy, mà phần phí cũng khá. Mình sẽ mở rồi gửi chị thông tin đăng nhập.
crypto-pass-through-account-choice-keep-login = Mình sẽ mở, nhưng thông tin đăng nhập mình giữ, và tự tay chuyển từng khoản.
crypto-pass-through-account-choice-keep-login-feedback = Giữ thông tin đăng nhập không thay đổi mục đích của tài khoản: những khoản lớn hơn, chạy qua một tài khoản mới để ngân hàng của chính bạn khỏi hỏi. Người chuyển tiền đi vẫn là bạn.
crypto-pass-through-account-choice-report = [Chặn chị ta, rồi trình báo công an mọi chuyện, kèm toàn bộ đoạn chat]
crypto-pass-through-account-choice-report-feedback = Kể cả sau một lần chuyển, dừng lại và tự mình trình báo vẫn là điều tốt nhất bạn có thể làm. Không bao giờ là quá muộn để bước ra.

crypto-pass-through-fine-secrecy = Nhờ bạn đừng đưa một trang chưa ra mắt vào portfolio trong vài tuần là yêu cầu bình thường của khách: nó bảo vệ sản phẩm của cô ta và không giấu nền tảng điều gì. Giữ bí mật chỉ trở thành dấu hiệu đáng ngờ về sau, khi cô ta bảo bạn đừng nói gì với ngân hàng về team của cô ta.

crypto-pass-through-frozen = Năm tuần sau: ngân hàng đóng các tài khoản của bạn và phong tỏa số tiền trong đó. Số tiền đã chuyển đến là tiền lương mà các công ty trả cho những người làm remote được tuyển dụng dưới tên người khác.
crypto-pass-through-fraud-marker = Thư từ ngân hàng: tên bạn đã bị ghi vào một cơ sở dữ liệu gian lận dùng chung. Các ngân hàng khác sẽ thấy khi bạn xin mở tài khoản hoặc vay tiền.
crypto-pass-through-compromised = Tiền lương từ những công việc giành được dưới tên người khác đã chảy qua các tài khoản đứng tên bạn, và dấu vết dừng lại ở bạn. Điều đó có thể biến bạn thành một phần của việc rửa tiền, và rủi ro pháp lý vẫn nằm ở bạn: con la tiền mất tài khoản ngân hàng và khả năng vay vốn. Nhiều người bị kéo vào tưởng đó chỉ là giúp một việc nhỏ, và người bị lừa không giống người cố ý dựng nên một hệ thống như vậy. Chủ động lên tiếng sớm sẽ giúp ích. Hãy dừng mọi giao dịch ngay và đừng di chuyển số tiền còn lại, kể hết với ngân hàng (hoặc sàn, nếu tiền đang nằm trên sàn), giữ lại các đoạn chat, báo cho Upwork, và trình báo công an. Trang “Đã lỡ dính vào?” trong trò chơi (phím I) có các bước tiếp theo.

crypto-pass-through-reported-early = Bạn ở lại Upwork và báo cáo lời đề nghị trả tiền ngoài nền tảng, không hề báo trước cho cô ta. Giờ Upwork có thể xem xét khách hàng này trước khi cô ta tìm đến freelancer tiếp theo.
crypto-pass-through-reported = Bạn đã chặn cô ta và báo cáo hồ sơ trước khi có đồng tiền nào di chuyển. Tài khoản của bạn vẫn là của bạn, và nền tảng đã biết về khách hàng này.
crypto-pass-through-walked-away-money = Bạn đã từ chối chuyển tiếp, và đó là bước quan trọng nhất. Nhưng giờ cô ta đoán bạn sẽ đi báo công an và lại có thông tin của bạn, nên hãy làm ngay hôm nay: để nguyên số tiền, chặn cô ta, trình báo công an kèm đoạn chat, và báo ngân hàng, hoặc sàn nếu tiền đang nằm trên sàn. Đừng tự gửi trả tiền.
crypto-pass-through-reported-bank = Bạn từ chối chuyển tiếp, để nguyên số tiền và mang đoạn chat đến công an. Hãy báo cả ngân hàng, hoặc sàn nếu tiền đang nằm trên sàn; tiền sẽ đi đâu tiếp là việc họ và công an quyết định. Đó chính là cách thoát ra khỏi chuyện này.
crypto-pass-through-reported-late = Bạn đã dừng lại, chặn cô ta và trình báo mọi chuyện. Hãy báo cả ngân hàng, hoặc sàn nếu có dùng, về lần chuyển tiền đã đi qua. Tự mình lên tiếng đặt bạn vào vị thế tốt hơn nhiều so với chờ đợi, và giúp chặn những kẻ đứng sau.
