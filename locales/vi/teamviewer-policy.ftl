# Kịch bản “teamviewer-policy”: một “quản lý dự án” trả lời bid của bạn trên Freelancer, chuyển
# sang WhatsApp, và nói TeamViewer là “bắt buộc theo chính sách bảo mật của nền tảng”.
# Biến: $pm (một cái tên), $rate và $night (đô la), $project (shop hoặc dashboard, cho bộ chọn).
# Người quản lý nhắn gọn, tự tin, hơi hách dịch, có lỗi gõ nhỏ và emoji.
# Người chơi luôn xưng “mình”, để cách xưng hô không để lộ đáp án.

teamviewer-policy-title = Chính sách bảo mật
teamviewer-policy-summary = Một quản lý dự án trả lời bid của bạn trên Freelancer và giải thích “quy định bảo mật” của nền tảng.
teamviewer-policy-cast-pm = { $pm }

teamviewer-policy-bid = Tin nhắn mới về bid của bạn cho dự án “{ $project ->
    [shop] Sửa lỗi cho một cửa hàng online
   *[dashboard] Tính năng mới cho một dashboard phân tích
}” (tính theo giờ).
teamviewer-policy-hello = Chào bạn! Mình là { $pm }, quản lý dự án của job này. Bid của bạn là mạnh nhất bên mình nhận được 👏
teamviewer-policy-project = { $project ->
    [shop] Đây là việc lâu dài trên cửa hàng online của khách bên mình, sửa lỗi thanh toán, thêm tính năng nhỏ.
   *[dashboard] Đây là việc lâu dài trên dashboard phân tích của khách bên mình, thêm biểu đồ và bộ lọc mới.
} { MONEY($rate) }/giờ, khoảng 30 giờ một tuần.
teamviewer-policy-reviews = mình xem review của bạn rồi, chỗ nào cũng 5 sao 😍
teamviewer-policy-move = Team mình họp standup hằng ngày trên WhatsApp, gửi mình số điện thoại nha rồi mình add bạn vào group. onboarding làm luôn ở đó

teamviewer-policy-move-choice-go = Ok, số của mình đây.
teamviewer-policy-move-choice-stay = Cảm ơn bạn! Mình muốn tiếp tục trao đổi ở đây trên Freelancer cho đến khi được trao dự án.
teamviewer-policy-move-choice-award = Mình sẵn lòng vào nhóm chat của team khi dự án đã được trao cho mình ở đây. Bạn trao dự án trước được không?
teamviewer-policy-move-choice-award-feedback = Đúng trình tự: trước hết là được trao dự án trên nền tảng, sau đó mới đến nhóm chat nào đó. Trước lúc ấy, tin nhắn trên nền tảng là bằng chứng lưu lại của bạn.

teamviewer-policy-stay-reply = trao dự án là sau onboarding, quy trình là vậy. whatsapp chỉ là chỗ của team thôi, ai cũng ở đó. đừng làm phức tạp lên 🙂
teamviewer-policy-insist-choice-give-in = Ok, số của mình đây.
teamviewer-policy-insist-choice-decline = Vậy thì mình xin thôi. Chúc dự án suôn sẻ.
teamviewer-policy-insist-choice-report = Mình xin thôi, và mình sẽ báo cáo tin nhắn này với Freelancer.
teamviewer-policy-insist-choice-report-feedback = Freelancer có chức năng báo cáo trên mọi tin nhắn. Dùng nó chỉ mất một phút và giúp cảnh báo nền tảng.

teamviewer-policy-wa-group = { $pm } đã thêm bạn vào nhóm “Dev Team 🚀”. Thành viên: { $pm } và bạn.
teamviewer-policy-wa-hello = Chào mừng vào team 😊 { $pm } đây
teamviewer-policy-wa-team = team có 6 dev, bạn sẽ thích. trước khi nhận task mình làm onboarding bảo mật đã
teamviewer-policy-wa-policy = với dự án tính giờ thì TeamViewer là bắt buộc theo chính sách bảo mật của Freelancer. họ cần nó để xác minh công việc. cài đi rồi gửi mình ID với mật khẩu nha
teamviewer-policy-wa-file = { $pm } đã gửi cho bạn một tệp: TeamViewer_Setup.exe (61 MB)
teamviewer-policy-wa-hurry = làm xong trong hôm nay nha để sáng mai mình trao dự án cho bạn ⏰
teamviewer-policy-policy-choice-install = Ok, mình đang cài. Một phút nữa mình gửi ID và mật khẩu cho bạn.
teamviewer-policy-policy-choice-check = Mình sẽ hỏi lại bộ phận hỗ trợ của Freelancer về chính sách đó trước.
teamviewer-policy-policy-choice-check-feedback = Chính xác. Một nền tảng sẽ tự nói cho bạn biết quy định của nó, trong trang trợ giúp hoặc qua bộ phận hỗ trợ. Một người lạ trên WhatsApp không phải là nền tảng.
teamviewer-policy-policy-choice-refuse = Không ai được truy cập từ xa vào máy tính của mình, bất kể là ai. Mình không tin có chính sách như vậy.

teamviewer-policy-fake-doc = khỏi cần, mình có đây nè 👇
teamviewer-policy-fake-doc-file = { $pm } đã gửi cho bạn một tệp: Freelancer_Security_Policy_2026.pdf (1 trang, không có tiêu đề thư, không có đường dẫn nào tới nền tảng)
teamviewer-policy-fake-doc-2 = thấy chưa? chính thức đó. với lại đừng viết cho support về vụ này, họ chậm lắm mà còn đưa profile của bạn vào diện xem xét, rồi chẳng ai được trao dự án luôn 🙄

teamviewer-policy-brush-off = support á?? 😂 2 tuần họ mới trả lời
teamviewer-policy-brush-off-2 = tin mình đi, tuần nào mình cũng làm vụ này. mà tốt nhất đừng nhắc tới TeamViewer với họ, họ hay gắn cờ mấy freelancer mới hỏi nhiều quá
teamviewer-policy-after-check-install = Thôi được, mình không muốn mất job này. Mình cài đây.
teamviewer-policy-after-check-leave = Một chính sách thật thì không cần phải giấu chính bộ phận hỗ trợ của nền tảng. Mình không tham gia.
teamviewer-policy-after-check-report = Rốt cuộc mình vẫn sẽ gửi chuyện này cho bộ phận hỗ trợ của Freelancer, kèm cuộc trò chuyện.
teamviewer-policy-after-check-report-feedback = Đúng vậy. Khi ai đó bảo bạn đừng hỏi nền tảng, thì hỏi nền tảng chính là câu trả lời. Hãy giữ lại cuộc trò chuyện: đó là bằng chứng.

teamviewer-policy-installed = TeamViewer đã được cài trên laptop của bạn. { $pm } đã kết nối.
teamviewer-policy-night = ngon ✅ giờ thêm một việc nữa. dev senior bên mình ở múi giờ khác, ban đêm ảnh làm vài task qua TeamViewer
teamviewer-policy-night-pay = bạn cứ để laptop bật và cắm sạc, đừng gập máy. mỗi tuần bạn được thêm { MONEY($night) } cho vụ đó, tiền dễ ợt 💸
teamviewer-policy-night-quiet = với lại đừng kể với Freelancer về việc làm ban đêm hay về dev bên mình nha, chuyện nội bộ, họ ko cần biết. thỉnh thoảng xóa chat đi luôn 😉
teamviewer-policy-night-choice-agree = Ok, mình sẽ để máy bật. Có thêm tiền thì tốt.
teamviewer-policy-night-choice-uninstall = Không. Mình sẽ gỡ TeamViewer và không giấu nền tảng điều gì cả.
teamviewer-policy-night-choice-uninstall-feedback = Quyết định đúng, kể cả ở giai đoạn muộn thế này. Gỡ công cụ đó sẽ chấm dứt quyền truy cập; đổi mật khẩu sau đó sẽ khép lại phần còn lại.
teamviewer-policy-night-choice-report = Mình sẽ gỡ TeamViewer và báo cáo chuyện này với Freelancer.

teamviewer-policy-pushback = khoan khoan. bạn làm onboarding rồi mà, bên mình đã tốn thời gian cho bạn
teamviewer-policy-pushback-2 = giờ bạn bỏ ngang là mình báo khách bạn phá vỡ thỏa thuận, rating của bạn coi như xong. cứ để máy bật 2 tuần rồi tính 🙂
teamviewer-policy-pushback-choice-give-in = Thôi được… hai tuần, rồi tính tiếp.
teamviewer-policy-pushback-choice-leave = Chẳng có thỏa thuận nào cả. TeamViewer đã bị gỡ. Tạm biệt.
teamviewer-policy-pushback-choice-report = TeamViewer đã bị gỡ, và mình sẽ báo cáo bạn với Freelancer ngay bây giờ.
teamviewer-policy-pushback-choice-report-feedback = Đe dọa hạ điểm đánh giá là gây sức ép, không phải hợp đồng. Nền tảng có thể bảo vệ hồ sơ của bạn tốt hơn nhiều khi đã biết chuyện gì xảy ra.

teamviewer-policy-night-thanks = tuyệt 👍 thứ sáu tuần sau có bonus đầu tiên. giờ bạn là người trong team rồi đó
teamviewer-policy-suspended = Ba tuần sau: “Tài khoản Freelancer của bạn đã bị tạm khóa trong khi chúng tôi xem xét hoạt động đáng ngờ.”
teamviewer-policy-sessions = Nhật ký kết nối của TeamViewer cho thấy có phiên truy cập gần như mỗi đêm, từ khoảng 1 đến 6 giờ sáng.
teamviewer-policy-compromised = Đêm nào cũng có người dùng laptop của bạn, đường truyền internet của bạn và tên của bạn. Đó là cách người làm thay trông như người ở địa phương trong mắt nền tảng; FBI đã cảnh báo đúng về những kiểu bố trí này, và những người cố ý giữ laptop cho họ, như Matthew Knoot và Christina Chapman, đã bị truy tố. Bạn đã được bảo rằng đó là chính sách. Điều quan trọng bây giờ: gỡ TeamViewer, đổi mật khẩu từ một thiết bị khác, báo cho Freelancer chuyện đã xảy ra, và trình báo công an.

teamviewer-policy-walked-away-early = Bạn giữ trao đổi trên Freelancer cho đến khi được trao dự án, và rút lui khi bên kia từ chối. Sự bảo vệ của nền tảng vẫn luôn ở bên bạn.
teamviewer-policy-reported-early = Bạn đã rút lui và báo cáo tin nhắn. Giờ Freelancer có thể kiểm tra “quản lý dự án” này trước lần bid tiếp theo.
teamviewer-policy-walked-away = Bạn đã từ chối cho truy cập từ xa vào máy tính của mình. Không nền tảng thật nào có chính sách bắt bạn giao máy ra như vậy.
teamviewer-policy-reported = Bạn đã từ chối và báo cáo với nền tảng, nơi duy nhất biết chính sách thật của nó. Laptop của bạn vẫn là của bạn.
teamviewer-policy-walked-away-late = Bạn đã gỡ TeamViewer và rút lui. Để an toàn, hãy đổi mật khẩu từ một thiết bị khác, và cân nhắc báo cho Freelancer chuyện đã xảy ra.
teamviewer-policy-reported-late = Bạn đã gỡ TeamViewer và báo cáo. Hãy đổi cả mật khẩu từ một thiết bị khác: nền tảng giờ đã biết chuyện, và laptop của bạn lại là của bạn.
