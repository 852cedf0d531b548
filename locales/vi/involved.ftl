# “Đã lỡ dính vào? Cần làm gì ngay”: dành cho người chơi đã lỡ cài công cụ điều khiển từ xa,
# chia sẻ tài khoản, gửi giấy tờ hoặc chuyển tiền hộ. Thiết thực, bình tĩnh, không bao giờ trách móc.

involved-title = Đã lỡ dính vào? Cần làm gì ngay
involved-intro = Nếu bạn đã lỡ cài một công cụ điều khiển từ xa, chia sẻ tài khoản, gửi giấy tờ hoặc chuyển tiền hộ: bạn đã bị lừa bởi những kẻ sống bằng nghề này. Việc bạn bị lừa là điều có lợi cho bạn, và chủ động trình báo sớm là điều phân biệt người bị lừa với kẻ tiếp tay. Hành động ngay bây giờ sẽ bảo vệ bạn, và càng sớm càng tốt. Nếu nhiều tiền đã đi qua tài khoản của bạn, hãy hỏi ý kiến luật sư hoặc tổ chức hỗ trợ nạn nhân trước, rồi mới trình báo.
involved-steps =
    1. Công cụ điều khiển từ xa: trước khi gỡ bất cứ thứ gì, hãy ghi lại hoặc chụp màn hình mã ID của công cụ và danh sách các kết nối (AnyDesk và TeamViewer lưu lại ai đã kết nối, và việc gỡ cài đặt có thể xóa mất). Sau đó ngắt internet và gỡ AnyDesk, TeamViewer hoặc bất cứ thứ gì bạn đã được bảo cài. Với Chrome Remote Desktop, hãy xóa máy tính này khỏi danh sách truy cập từ xa trong tài khoản Google của bạn. Kiểm tra xem còn chương trình lạ nào khác không.
    2. Nếu bạn đã chạy mã, tệp hoặc lệnh của họ: hãy coi như máy tính đã bị xâm nhập. Từ một thiết bị khác, sạch, hãy đổi mật khẩu; chuyển tiền mã hóa sang một ví mới tạo trên thiết bị sạch; rồi nhờ người giúp cài lại hệ thống.
    3. Mật khẩu: từ một thiết bị chỉ mình bạn kiểm soát, đổi mật khẩu tài khoản trên nền tảng, email và ngân hàng của bạn, và bật xác thực hai lớp ở mọi nơi.
    4. Tài khoản họ đã dùng: kiểm tra và khôi phục phương thức nhận tiền, email và số điện thoại khôi phục, thiết bị xác thực hai lớp; đăng xuất mọi phiên; thu hồi các ứng dụng và token đã kết nối; từ chối mọi khoản thanh toán tiếp theo. Lời mời “khôi phục tài khoản” có thu phí chính là vụ lừa tiếp theo.
    5. Nền tảng: kể với bộ phận hỗ trợ chuyện đã xảy ra, bằng lời của chính bạn, và rằng người khác đã dùng tài khoản của bạn. Đừng đợi họ tự phát hiện.
    6. Tiền: ngừng chuyển tiếp mọi khoản và gọi cho ngân hàng ngay. Tiền mã hóa trong ví do chính bạn giữ: đừng chuyển đi và đừng tự gửi trả lại (việc đó tự nó có thể bị coi là rửa tiền); hãy báo công an, và báo sàn giao dịch nếu tiền nằm trên sàn. Nếu bạn đã gửi giấy tờ tùy thân, hãy báo cho ngân hàng và để ý các tài khoản được mở dưới tên bạn.
    7. Giữ lại mọi thứ: lịch sử trò chuyện, tên người dùng, số điện thoại, chứng từ thanh toán và các tệp. Đừng xóa cuộc trò chuyện, kể cả khi bạn đã được bảo làm vậy; đó là bằng chứng của bạn.
    8. Chặn họ, rồi trình báo với công an hoặc đơn vị phòng chống tội phạm mạng của nước bạn (xem bên dưới). Hãy nói rằng bạn đã bị lôi kéo và bị lừa.
involved-plain-hint = Đã lỡ dính vào? Gõ “redflag involved” để xem cần làm gì ngay.
