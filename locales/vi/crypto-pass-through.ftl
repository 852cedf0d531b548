# Kịch bản “crypto-pass-through”: một khách hàng hào phóng trên Upwork chuyển sang Telegram và
# nhờ người chơi nhận rồi chuyển tiếp tiền cho “team của anh ta”.
# Biến: $client (một cái tên), $handle (một tên Telegram), $task_pay, $incoming và $bigger
# (đô la), $fee (ten hoặc fifteen, dùng cho bộ chọn). Khách hàng nhắn thân mật, nhanh, có lỗi
# gõ nhỏ; trở nên lạnh lùng khi tiền không được chuyển.
# Người chơi luôn xưng “mình”, kể cả khi từ chối, để cách xưng hô không để lộ đáp án.

crypto-pass-through-title = Khách hàng trả hậu quá mức
crypto-pass-through-summary = Một khách hàng thân thiện trả rất hậu cho những việc nhỏ xíu, rồi nhờ bạn một việc nhỏ liên quan đến tiền.
crypto-pass-through-cast-client = { $client }

crypto-pass-through-hello = Chào bạn! Mình cần sửa gấp landing page, form liên hệ ko gửi được. Chắc bạn làm tối đa 30 phút thôi. Mình trả cao cho người làm nhanh 😊
crypto-pass-through-contract = { $client } đã gửi cho bạn một lời mời hợp đồng trên Upwork: “Sửa form liên hệ”, giá cố định { MONEY($task_pay) }.
crypto-pass-through-paid = Hai giờ sau: “Khoản thanh toán { MONEY($task_pay) } cho ‘Sửa form liên hệ’ đã được giải ngân.”
crypto-pass-through-praise = wow NHANH thật 🔥 bạn đúng là người mình cần. tuần nào mình cũng có nhiều việc nhỏ kiểu này
crypto-pass-through-move = mà nói thật phí upwork cao quá trời. qua Telegram nói chuyện nha, mình gửi mấy task tiếp theo ở đó và trả thẳng cho bạn nhiều hơn. mình là @{ $handle }

crypto-pass-through-move-choice-stay = Cảm ơn bạn! Mình muốn tiếp tục làm qua Upwork để cả hai đều được bảo vệ.
crypto-pass-through-move-choice-ask = Sao bạn không đăng các task tiếp theo ở đây thành hợp đồng mới?
crypto-pass-through-move-choice-ask-feedback = Một câu nên hỏi. Thanh toán ngoài nền tảng sẽ lấy mất sự bảo vệ của bạn, và một khách hàng trả hậu như vậy thừa sức trả phí.
crypto-pass-through-move-choice-go = Ok, thêm chút tiền nghe cũng hay. Hẹn bạn bên Telegram.

crypto-pass-through-stay-reply = haha bạn cẩn thận ghê, mình thích vậy. nhưng thật ra chỉ là chat trên tele thôi, có gì đâu. freelancer của mình ở đó hết, nhanh hơn nhiều
crypto-pass-through-insist-choice-give-in = Được rồi, mình sẽ nhắn bạn trên Telegram.
crypto-pass-through-insist-choice-decline = Mình sẽ ở lại Upwork. Nếu bạn đăng task khác ở đây, mình sẵn lòng xem.
crypto-pass-through-insist-choice-report = Mình sẽ ở lại đây, và mình sẽ báo cáo yêu cầu thanh toán ngoài Upwork này.
crypto-pass-through-insist-choice-report-feedback = Upwork đề nghị người dùng báo cáo các yêu cầu thanh toán ngoài nền tảng. Việc đó chỉ mất một phút.

crypto-pass-through-tg-hello = hey!! 👋 { $client } đây, vui quá bạn qua rồi
crypto-pass-through-tg-team = kể sơ cho bạn nè: mình quản lý một team dev ở vài nước. khách mê bọn mình lắm, mà ngân hàng ở chỗ anh em mình sống thì như ác mộng, tiền về mất cả mấy tuần hoặc bị chặn luôn 😤
crypto-pass-through-tg-ask = ý mình thế này: khi khách trả tiền cho team mình, tiền sẽ về tài khoản ngân hàng hoặc ví crypto của BẠN. bạn giữ { $fee ->
    [ten] 10
   *[fifteen] 15
}% rồi gửi phần còn lại cho mình bằng USDT. mỗi lần mất 10 phút
crypto-pass-through-tg-fee = dễ hơn sửa form nhiều lol. có tuần còn nhiều hơn bạn kiếm cả tháng đó 💸
crypto-pass-through-mule-choice-agree = Ok, mình làm được. Cứ báo mình khi có tiền về.
crypto-pass-through-mule-choice-refuse = Mình không nhận rồi chuyển tiền hộ người khác. Việc đó mình không làm.
crypto-pass-through-mule-choice-why = Sao khách của bạn không trả thẳng cho team của bạn?
crypto-pass-through-mule-choice-why-feedback = Đúng câu cần hỏi. Một doanh nghiệp thật có tài khoản riêng; cần tài khoản của người lạ để nhận tiền chính là dáng dấp của rửa tiền.

crypto-pass-through-pressure = thôi mà chỉ là giúp bạn bè thôi, bạn có làm gì phạm pháp đâu. tiền là từ khách thật, mình cho bạn xem hóa đơn cũng dc
crypto-pass-through-pressure-2 = nhưng mình cần câu trả lời trong hôm nay nha, có freelancer khác đang muốn nhận việc này. bạn thấy rồi đó mình trả đúng hẹn mà 😉
crypto-pass-through-pressure-choice-give-in = Thôi được. Thử một lần vậy.
crypto-pass-through-pressure-choice-leave = Được trả hậu cho một task không có nghĩa chuyện này là ổn. Mình không tham gia.
crypto-pass-through-pressure-choice-report = Không. Mình dừng ở đây và báo cáo hồ sơ Upwork của bạn.
crypto-pass-through-pressure-choice-report-feedback = Báo cáo hồ sơ trên Upwork giúp nền tảng chặn “khách hàng” này trước khi freelancer tiếp theo nhận task trả hậu đầu tiên.

crypto-pass-through-bank-path = tuyệt!! gửi mình số tài khoản ngân hàng với tên chủ tài khoản nha, hôm nay khách mình trả tiền
crypto-pass-through-bank-in = Ngân hàng của bạn: nhận được khoản chuyển { MONEY($incoming) } từ một công ty bạn chưa từng nghe tên.
crypto-pass-through-bank-forward = nhận dc chưa? 🙏 giờ bạn lấy tiền đó mua USDT trên sàn nào cũng dc, giữ { $fee ->
    [ten] 10
   *[fifteen] 15
}% của bạn, rồi gửi phần còn lại vào địa chỉ ví mình dán bên dưới

crypto-pass-through-wallet-path = tuyệt!! gửi mình địa chỉ ví USDT của bạn nha, khách này trả bằng crypto
crypto-pass-through-wallet-in = Ví của bạn: đã nhận { GROUPED($incoming) } USDT từ một địa chỉ bạn không biết.
crypto-pass-through-wallet-forward = về rồi đó 🙌 giữ { $fee ->
    [ten] 10
   *[fifteen] 15
}% của bạn rồi gửi phần còn lại vào địa chỉ mình dán bên dưới

crypto-pass-through-hurry = làm trong vòng 1 tiếng giúp mình nha, anh em đang chờ lương
crypto-pass-through-quiet = với lại nếu ngân hàng hay sàn có hỏi gì thì cứ nói là thu nhập freelance. ko cần nhắc tới mình hay team đâu, chỉ làm rắc rối thêm thôi 🤫
crypto-pass-through-forward-choice-forward = Xong, gửi rồi. Mình đã giữ phần phí của mình.
crypto-pass-through-forward-choice-stop = Khoan. Mình sẽ không chuyển tiếp khoản này. Mình sẽ hỏi ngân hàng hoặc sàn xem nên xử lý thế nào.
crypto-pass-through-forward-choice-stop-feedback = Hoàn toàn đúng. Tiền không phải của bạn thì nên quay về theo đường nó đã đến, và ngân hàng hoặc sàn có thể giúp việc đó. Chính việc chuyển tiếp mới biến bạn thành người chuyển tiền cho tội phạm (“money mule”).
crypto-pass-through-forward-choice-report = Mình không chuyển gì cả. Mình sẽ báo cho ngân hàng hoặc sàn, và báo cáo chuyện này.

crypto-pass-through-threat = gì?? đó là tiền của MÌNH, bạn ko được giữ
crypto-pass-through-threat-2 = chuyển ngay đi ko thì mình báo công an là BẠN ăn cắp. tiền của mình đang nằm chỗ bạn đó, nghĩ xem họ sẽ nói gì 😠
crypto-pass-through-threat-choice-give-in = Thôi được, thôi được, mình chuyển đây. Đừng báo công an mình nhé.
crypto-pass-through-threat-choice-bank = Mình không giữ, cũng không chuyển tiếp. Khoản tiền sẽ được trả lại qua ngân hàng hoặc sàn, và mình sẽ báo cáo chuyện này.
crypto-pass-through-threat-choice-bank-feedback = Đe dọa là bước quen thuộc khi có người bắt đầu do dự. Ngân hàng, sàn giao dịch và công an đã từng nghe chuyện này: báo cho họ trước sẽ bảo vệ bạn.
crypto-pass-through-threat-choice-block = Mình chặn bạn.

crypto-pass-through-thanks = nhận rồi ✅ bạn tuyệt nhất, thấy dễ chưa?
crypto-pass-through-new-account = tuần sau có vụ lớn hơn: { MONEY($bigger) }. mà nhiều vậy chắc ngân hàng bạn sẽ hỏi han 😅
crypto-pass-through-new-account-2 = nên bạn mở giúp mình một tài khoản mới ở ngân hàng online nào đó nha, có căn cước là 10 phút xong. chỉ dùng cho việc làm ăn của tụi mình, bạn đưa mình thông tin đăng nhập để mình kiểm tra tiền về. phí của bạn vẫn vậy
crypto-pass-through-account-choice-open = Ok, tối nay mình mở rồi gửi bạn thông tin đăng nhập.
crypto-pass-through-account-choice-refuse = Không mở tài khoản nào nữa, cũng không chuyển khoản nào nữa. Mình dừng ở đây.
crypto-pass-through-account-choice-report = Mình dừng lại, báo cho ngân hàng hoặc sàn về khoản chuyển vừa rồi, và báo cáo tài khoản của bạn.
crypto-pass-through-account-choice-report-feedback = Kể cả sau một lần chuyển, dừng lại và tự mình báo cho ngân hàng hoặc sàn là điều tốt nhất bạn có thể làm. Không bao giờ là quá muộn để rút ra.

crypto-pass-through-frozen = Năm tuần sau: ngân hàng đóng cả hai tài khoản của bạn và phong tỏa số tiền trong đó. Tiền chuyển đến là của các nạn nhân lừa đảo.
crypto-pass-through-fraud-marker = Thư từ ngân hàng của bạn: tên bạn đã bị ghi vào một cơ sở dữ liệu gian lận dùng chung. Các ngân hàng khác sẽ thấy điều này khi bạn xin mở tài khoản hoặc vay tín dụng.
crypto-pass-through-compromised = Tiền từ những vụ lừa đảo người khác đã đi qua các tài khoản đứng tên bạn, và dấu vết dừng lại ở bạn. Ở Vương quốc Anh, những người chuyển tiền cho tội phạm (“money mule”) mất tài khoản ngân hàng và khả năng vay tín dụng, và có thể đối mặt với án tù đến 14 năm. Nhiều người bị lôi kéo vào đã tưởng đó chỉ là giúp một chút, và việc bạn làm tiếp theo rất quan trọng. Hãy dừng mọi lệnh chuyển ngay, kể hết với ngân hàng, giữ lại các cuộc trò chuyện làm bằng chứng, báo cho Upwork, và trình báo công an.

crypto-pass-through-walked-away-early = Bạn giữ công việc trên Upwork và rút lui khi khách hàng không chịu. Tiền của anh ta chưa từng chạm vào tài khoản của bạn.
crypto-pass-through-reported-early = Bạn ở lại Upwork và báo cáo yêu cầu thanh toán ngoài nền tảng. Giờ nền tảng có thể xem xét khách hàng này trước khi anh ta tiếp cận freelancer tiếp theo.
crypto-pass-through-walked-away = Bạn đã từ chối trước khi có đồng tiền nào được chuyển. Tài khoản của bạn vẫn là của bạn, và tên bạn vẫn trong sạch.
crypto-pass-through-reported = Bạn đã từ chối và báo cáo hồ sơ. Không có đồng tiền nào đi qua bạn, và nền tảng đã biết về “khách hàng” này.
crypto-pass-through-walked-away-money = Bạn đã dừng chuyển tiếp, đó là bước quan trọng nhất. Tuy vậy, tiền vẫn đang nằm ở chỗ bạn: đừng tiêu hay gửi nó đi đâu cả, và hãy báo cho ngân hàng hoặc sàn ngay hôm nay để khoản tiền có thể quay về nơi nó đến.
crypto-pass-through-reported-bank = Bạn đã từ chối chuyển tiếp và tìm đến ngân hàng hoặc sàn. Họ có thể giúp hoàn khoản thanh toán về nguồn, và báo cáo của bạn giúp lần ra những kẻ đứng sau. Đó chính là cách để thoát khỏi chuyện này.
crypto-pass-through-walked-away-late = Bạn đã dừng lại trước khi mở tài khoản cho người khác. Đã có một khoản chuyển đi qua bạn: hãy báo cho ngân hàng hoặc sàn ngay bây giờ, bằng lời của chính bạn, trước khi họ tìm đến bạn.
crypto-pass-through-reported-late = Bạn đã dừng lại, báo cho ngân hàng hoặc sàn và báo cáo sự việc. Tự mình lên tiếng sau một lần chuyển giúp bạn ở vị thế tốt hơn nhiều so với chờ đợi, và giúp chặn những kẻ đứng sau.
