# Kịch bản “teamviewer-policy”: một quản lý dự án trả lời bản chào giá của bạn trên Freelancer,
# nhờ ký NDA trên nền tảng, chuyển sang WhatsApp và nói rằng chính sách bảo mật của nền tảng bắt
# buộc dùng TeamViewer.
# Biến: $pm (tên một người đàn ông), $rate và $night (đô la), $project (shop hoặc dashboard,
# dùng cho bộ chọn).
# Người quản lý là nam. Anh ta viết chỉn chu, lịch sự, chuyên nghiệp, câu đầy đủ, không emoji,
# xưng “tôi”, gọi người chơi là “bạn”, và vẫn nhã nhặn cả khi gây áp lực. Người chơi luôn xưng
# “mình” và gọi anh ta là “anh”, để cách xưng hô không để lộ đáp án. Chữ trong ngoặc vuông là
# hành động của người chơi, không phải tin nhắn.

teamviewer-policy-title = Một phản hồi cho bản chào giá của bạn trên Freelancer
teamviewer-policy-summary = Một quản lý dự án thích bản chào giá của bạn cho công việc lâu dài trên dự án web của một khách hàng và muốn đưa bạn vào đội của anh ta.
teamviewer-policy-cast-pm = { $pm }

teamviewer-policy-bid = Tin nhắn mới về bản chào giá của bạn cho “{ $project ->
    [shop] Sửa lỗi cho một cửa hàng trực tuyến
   *[dashboard] Tính năng mới cho một bảng điều khiển phân tích
}” (theo giờ).
teamviewer-policy-hello = Xin chào, tôi là { $pm }, quản lý dự án của công việc này. Cảm ơn bản chào giá của bạn: đó là bản mạnh nhất chúng tôi nhận được, và các đánh giá của bạn rất xuất sắc.
teamviewer-policy-project = { $project ->
    [shop] Đây là công việc lâu dài trên cửa hàng trực tuyến của khách hàng chúng tôi: lỗi ở phần thanh toán và các tính năng nhỏ.
   *[dashboard] Đây là công việc lâu dài trên bảng điều khiển phân tích của khách hàng chúng tôi: biểu đồ và bộ lọc mới.
} Chúng tôi trả { MONEY($rate) } mỗi giờ, khoảng 30 giờ mỗi tuần.
teamviewer-policy-nda = Trước khi giao dự án, khách hàng của chúng tôi yêu cầu mọi lập trình viên ký một bản NDA ngắn về mã nguồn và dữ liệu khách hàng của họ. Tôi đã đính kèm nó vào dự án này ngay trên Freelancer. Bạn có thể đọc và ký không?

teamviewer-policy-nda-choice-sign = Tất nhiên. NDA cho code của khách là chuyện thường; mình sẽ ký ngay trong dự án.
teamviewer-policy-nda-choice-later = Mình khá dè chừng với NDA. Khi nào dự án được giao và tuần đầu được trả tiền thì mình ký.
teamviewer-policy-nda-choice-later-feedback = Điều kiện nghe có vẻ cẩn thận, nhưng nó chặn luôn công việc: chưa có NDA thì khách không thể chia sẻ code, mà bản NDA này nằm trên nền tảng và chỉ nói về code và dữ liệu khách hàng. Ở đây NDA chưa bao giờ là rủi ro.
teamviewer-policy-nda-choice-refuse = Chưa quen biết gì thì mình không ký gì cả. Chuyện giữ bí mật làm mình ngại.
teamviewer-policy-nda-choice-refuse-feedback = Phản xạ thận trọng, nhưng yêu cầu này vô hại: một bản NDA đính kèm dự án trên nền tảng bảo vệ code và khách hàng của bên thuê, còn nền tảng vẫn thấy toàn bộ thỏa thuận.

teamviewer-policy-nda-signed = Bản NDA trong dự án trên Freelancer dài một trang, nói về mã nguồn và dữ liệu khách hàng của bên thuê. Bạn ký ngay ở đó.
teamviewer-policy-nda-skip = Tôi hiểu, không có gì gấp. Chúng ta có thể quay lại chuyện này khi giao dự án.
teamviewer-policy-move = Đội của chúng tôi họp stand-up hằng ngày trong một nhóm WhatsApp. Bạn có thể gửi tôi số điện thoại để tôi thêm bạn vào không? Chúng tôi sẽ làm onboarding ở đó.

teamviewer-policy-move-choice-go = Được, có nhóm chat cho stand-up hằng ngày là hợp lý. Số của mình đây, anh thêm vào nhé.
teamviewer-policy-move-choice-group = Anh cứ thêm mình vào nhóm để họp stand-up, nhưng hợp đồng và thanh toán thì vẫn ở đây.
teamviewer-policy-move-choice-group-feedback = Vào nhóm chính là bước anh ta cần: onboarding, file và các yêu cầu tiếp theo giờ diễn ra ở nơi nền tảng không thấy gì. Nhóm chat có thể ổn sau khi dự án được giao, chứ không phải trước đó.
teamviewer-policy-move-choice-award = Mình sẵn lòng, nhưng khi dự án đã được giao cho mình ở đây. Anh giao trước được không?
teamviewer-policy-move-choice-award-feedback = Đúng thứ tự: trước hết là giao dự án trên nền tảng, sau đó mới đến nhóm chat nào đó. Trước lúc ấy, tin nhắn trên nền tảng là bản ghi của bạn.

teamviewer-policy-stay-reply = Việc giao dự án đến sau onboarding; đó là quy trình của chúng tôi với mọi lập trình viên. WhatsApp chỉ dành cho đội, và mọi người đều ở đó. Bạn vui lòng gửi số điện thoại, và đừng làm mọi chuyện phức tạp hơn mức cần thiết.
teamviewer-policy-insist-choice-give-in = Thôi được. Chắc đội nào cũng có quy trình riêng. Số của mình đây.
teamviewer-policy-insist-choice-client = Anh cho mình biết tên công ty của khách trước. Nếu kiểm tra thấy ổn, mình gửi số.
teamviewer-policy-insist-choice-client-feedback = Nói ra một tên công ty thì dễ, và nó chẳng chứng minh được gì về anh ta. Điều cần từ chối chính là việc chuyển kênh, trước cả khi giao dự án, từ một người quản lý vừa từ chối giao dự án trên nền tảng.
teamviewer-policy-insist-choice-report = [Thôi trả lời và dùng chức năng báo cáo của Freelancer cho tin nhắn cuối của anh ta]
teamviewer-policy-insist-choice-report-feedback = Freelancer có chức năng báo cáo trên mỗi tin nhắn. Dùng nó chỉ mất một phút, và anh ta không cần biết.
teamviewer-policy-client-reply = Tên khách hàng nằm trong phạm vi NDA, nên tôi sẽ cho bạn biết trong buổi onboarding. Giờ tôi thêm bạn vào nhóm.

teamviewer-policy-wa-group = { $pm } đã thêm bạn vào nhóm “Dev Team”. Thành viên: { $pm } và bạn.
teamviewer-policy-wa-hello = Chào mừng bạn vào đội. Trước khi nhận việc, chúng ta làm một buổi onboarding bảo mật ngắn.
teamviewer-policy-wa-policy = Với dự án theo giờ, chính sách bảo mật của Freelancer bắt buộc dùng TeamViewer để công việc có thể được xác minh. Tôi đã gửi bạn bộ cài.
teamviewer-policy-wa-file = { $pm } đã gửi bạn một tệp: TeamViewer_Setup.exe (61 MB)
teamviewer-policy-wa-hurry = Bạn vui lòng cài trong hôm nay và gửi tôi ID và mật khẩu TeamViewer. Khi đó sáng mai tôi có thể giao dự án cho bạn.
teamviewer-policy-policy-choice-install = [Chạy bộ cài anh ta gửi, rồi gửi anh ta ID và mật khẩu TeamViewer của bạn]
teamviewer-policy-policy-choice-check = Mình sẽ hỏi bộ phận hỗ trợ của Freelancer về chính sách đó trước, rồi mới quyết.
teamviewer-policy-policy-choice-check-feedback = Chính xác. Nền tảng tự nói rõ quy định của mình, trên trang trợ giúp hoặc qua bộ phận hỗ trợ. Một người lạ trên WhatsApp không phải là nền tảng.
teamviewer-policy-policy-choice-watch = Mình sẽ cài, miễn là nó chỉ chạy khi mình đang ngồi ở bàn và theo dõi.
teamviewer-policy-policy-choice-watch-feedback = Ngồi theo dõi không thay đổi việc ai đang làm: một người khác, trên máy tính của bạn, qua đường truyền của bạn và dưới tên bạn. Không chính sách nền tảng nào đòi điều đó; hỏi chính nền tảng mới là cách kiểm tra.

teamviewer-policy-fake-doc = Không cần đâu; tôi có sẵn tài liệu ngay đây.
teamviewer-policy-fake-doc-file = { $pm } đã gửi bạn một tệp: Freelancer_Security_Policy_2026.pdf (1 trang, không tiêu đề thư, không có đường dẫn tới nền tảng)
teamviewer-policy-fake-doc-2 = Như bạn thấy, đây là tài liệu chính thức. Xin đừng viết cho bộ phận hỗ trợ về chuyện này: họ chậm, và họ sẽ đưa hồ sơ của bạn vào diện xem xét. Khi đó không ai được giao dự án cả. Bạn cài trong hôm nay là chúng ta bắt đầu được.

teamviewer-policy-brush-off = Bộ phận hỗ trợ thường mất hai tuần mới trả lời.
teamviewer-policy-brush-off-2 = Tuần nào tôi cũng làm việc này. Và tôi sẽ không nhắc đến TeamViewer với họ; họ đánh dấu những freelancer mới hỏi quá nhiều. Bạn cài trong hôm nay là chúng ta bắt đầu được.
teamviewer-policy-after-check-install = Mình không muốn mất dự án chỉ vì một yêu cầu hỗ trợ. Thôi được, mình cài.
teamviewer-policy-after-check-old-laptop = Thôi được, không hỏi hỗ trợ nữa. Mình cài lên laptop cũ thay vì máy làm việc được không anh?
teamviewer-policy-after-check-old-laptop-feedback = Laptop cũ vẫn là đường truyền của bạn và tên của bạn, đúng thứ người làm thay cần. Còn đồng ý không nói gì với bộ phận hỗ trợ là kiểu giữ bí mật bảo vệ anh ta, không phải bạn.
teamviewer-policy-after-check-report = [Không cài gì, rời nhóm và báo cáo với bộ phận hỗ trợ của Freelancer]
teamviewer-policy-after-check-report-feedback = Đúng. Khi ai đó bảo bạn đừng hỏi nền tảng, thì hỏi nền tảng chính là câu trả lời, và không cần báo trước cho anh ta. Hãy giữ lại đoạn chat: đó là bằng chứng.

teamviewer-policy-installed = TeamViewer đã được cài trên laptop của bạn. { $pm } đang kết nối.
teamviewer-policy-night = Cảm ơn bạn, đã chạy tốt. Còn một việc: lập trình viên cấp cao của chúng tôi ở múi giờ khác và làm một số việc qua TeamViewer vào ban đêm. Bạn vui lòng để laptop luôn bật và cắm sạc, không gập máy. Mỗi tuần bạn sẽ nhận thêm { MONEY($night) } cho việc này.
teamviewer-policy-night-quiet = Xin đừng nhắc với Freelancer về việc làm đêm hay lập trình viên của chúng tôi; đó là chuyện nội bộ. Thỉnh thoảng bạn cũng nên xóa đoạn chat này. Tôi có thể tin ở bạn chứ?
teamviewer-policy-night-choice-agree = Đằng nào ban đêm laptop cũng nằm không, mà tiền thêm cũng đỡ. Được, mình để máy bật.
teamviewer-policy-night-choice-uninstall = Không. Mình gỡ TeamViewer, và mình sẽ không giấu nền tảng điều gì.
teamviewer-policy-night-choice-uninstall-feedback = Quyết định đúng, dù đã muộn. Gỡ công cụ là chấm dứt quyền truy cập; đổi mật khẩu từ một thiết bị khác sẽ khép lại phần còn lại.
teamviewer-policy-night-choice-on-books = Ban đêm thì được, nhưng tiền thưởng phải qua Freelancer, và mình sẽ không xóa chat.
teamviewer-policy-night-choice-on-books-feedback = Minh bạch về tiền thưởng không thay đổi điều bạn đã đồng ý: một người khác làm việc từ laptop của bạn vào ban đêm, qua đường truyền của bạn và dưới tên bạn. Để máy bật cho anh ta mới là phần cần từ chối.

teamviewer-policy-pushback = Tôi khá bất ngờ. Bạn đã hoàn tất onboarding, và chúng tôi đã đầu tư thời gian vào bạn.
teamviewer-policy-pushback-2 = Nếu bạn rời đi bây giờ, tôi sẽ phải báo với khách hàng rằng bạn phá vỡ thỏa thuận, và điểm đánh giá của bạn sẽ bị ảnh hưởng. Hãy để laptop bật hai tuần rồi xem thế nào.
teamviewer-policy-pushback-choice-give-in = Giờ mình không gánh nổi một đánh giá xấu. Thôi được, hai tuần, rồi tính tiếp.
teamviewer-policy-pushback-choice-leave = Chẳng có thỏa thuận nào cả. TeamViewer gỡ rồi, và mình báo cáo anh với Freelancer ngay bây giờ.
teamviewer-policy-pushback-choice-leave-feedback = Rời đi là đúng, và đe dọa điểm đánh giá chỉ là gây sức ép, không phải hợp đồng. Nhưng báo trước việc báo cáo cho anh ta thời gian xóa nhóm và xóa dấu vết: hãy chặn trước, rồi lặng lẽ báo cáo.
teamviewer-policy-pushback-choice-report = [Không cài lại TeamViewer, chặn anh ta và báo cáo đoạn chat với Freelancer]

teamviewer-policy-fine-secrecy = Một bản NDA đính kèm dự án trên nền tảng bảo vệ code và dữ liệu khách hàng của bên thuê, còn nền tảng vẫn thấy toàn bộ thỏa thuận. Giữ bí mật trở thành dấu hiệu đáng ngờ khi anh ta bảo bạn giấu chính Freelancer và xóa đoạn chat.

teamviewer-policy-night-thanks = Cảm ơn bạn. Cuối tuần chúng ta sẽ thanh toán khoản thưởng. Giờ bạn là thành viên của đội rồi.
teamviewer-policy-suspended = Ba tuần sau: “Tài khoản Freelancer của bạn đã bị tạm khóa trong khi chúng tôi xem xét hoạt động đáng ngờ.”
teamviewer-policy-sessions = Nhật ký kết nối của TeamViewer cho thấy gần như đêm nào cũng có phiên làm việc, khoảng từ 1 đến 6 giờ sáng.
teamviewer-policy-compromised = Đêm nào cũng có người dùng laptop, đường truyền internet và tên của bạn. Đó là cách người làm thay trông như người địa phương trong mắt nền tảng, và FBI đã cảnh báo đúng về những hệ thống kiểu này. Chứa một hệ thống như vậy có thể biến bạn thành một phần của vụ gian lận, và rủi ro pháp lý vẫn nằm ở bạn, dù người ta bảo bạn đó là chính sách. Chủ động lên tiếng sớm sẽ giúp ích, và người bị lừa không giống người cố ý dựng nên một hệ thống như vậy. Hãy gỡ TeamViewer, đổi mật khẩu từ một thiết bị khác, kể cho Freelancer chuyện đã xảy ra, và trình báo công an. Trang “Đã lỡ dính vào?” trong trò chơi (phím I) có các bước tiếp theo.

teamviewer-policy-reported-early = Bạn rời đi và báo cáo tin nhắn mà không nói với anh ta một lời. Giờ Freelancer có thể kiểm tra quản lý dự án này trước lần chào giá tiếp theo.
teamviewer-policy-reported = Bạn đã từ chối và báo cáo với nền tảng, nơi duy nhất biết chính sách thật của nó. Laptop của bạn vẫn là của bạn.
teamviewer-policy-walked-away-late = Bạn đã gỡ TeamViewer và rời đi. Anh ta biết bạn định báo cáo, nên hãy làm ngay hôm nay: chặn anh ta, đổi mật khẩu từ một thiết bị khác, và kể cho Freelancer chuyện đã xảy ra.
teamviewer-policy-reported-late = Bạn đã gỡ TeamViewer, chặn anh ta và báo cáo. Hãy đổi cả mật khẩu từ một thiết bị khác: nền tảng giờ đã biết, và laptop lại là của bạn.
