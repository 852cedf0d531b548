# “Đã lỡ dính vào? Cần làm gì ngay”: dành cho người chơi đã lỡ cài công cụ điều khiển từ xa,
# chia sẻ tài khoản, gửi giấy tờ hoặc chuyển tiền hộ. Thiết thực, bình tĩnh, không bao giờ trách móc.

involved-title = Đã lỡ dính vào? Cần làm gì ngay
involved-intro = Nếu bạn đã lỡ cài một công cụ điều khiển từ xa, chia sẻ tài khoản, gửi giấy tờ hoặc chuyển tiền hộ: bạn đã bị lừa bởi những kẻ sống bằng nghề này. Bị lừa không biến bạn thành tội phạm. Hành động ngay bây giờ sẽ bảo vệ bạn, và càng sớm càng tốt.
involved-steps =
    1. Công cụ điều khiển từ xa: ngắt kết nối internet, gỡ AnyDesk, Chrome Remote Desktop, TeamViewer hoặc bất cứ thứ gì bạn đã được bảo cài, và kiểm tra xem còn chương trình lạ nào khác không.
    2. Mật khẩu: từ một thiết bị chỉ mình bạn kiểm soát, đổi mật khẩu tài khoản trên nền tảng, email và ngân hàng của bạn, và bật xác thực hai lớp ở mọi nơi.
    3. Nền tảng: kể với bộ phận hỗ trợ chuyện đã xảy ra, bằng lời của chính bạn, và rằng người khác đã dùng tài khoản của bạn. Đừng đợi họ tự phát hiện.
    4. Ngân hàng: nếu tiền đã đi qua tài khoản của bạn, hãy ngừng chuyển tiếp mọi khoản và gọi cho ngân hàng ngay. Nếu bạn đã gửi giấy tờ tùy thân, hãy báo cho ngân hàng và để ý các tài khoản được mở dưới tên bạn.
    5. Giữ lại mọi thứ: lịch sử trò chuyện, tên người dùng, số điện thoại, chứng từ thanh toán và các tệp. Đừng xóa cuộc trò chuyện, kể cả khi bạn đã được bảo làm vậy; đó là bằng chứng của bạn.
    6. Trình báo với công an hoặc đơn vị phòng chống tội phạm mạng của nước bạn (xem bên dưới). Hãy nói rằng bạn đã bị lôi kéo và bị lừa.
involved-plain-hint = Đã lỡ dính vào? Gõ “redflag involved” để xem cần làm gì ngay.
