# Nơi báo cáo. Danh sách có nguồn của dự án (redflags.md, mục C) chưa có kênh riêng cho
# Việt Nam, nên chỉ nêu nền tảng và cơ quan công an nói chung; không bao giờ bịa số điện thoại,
# địa chỉ hay đường link.

report-heading = Báo cáo ở đâu
report-where =
    • Trên nền tảng: dùng nút “Báo cáo” (Report) có sẵn của Upwork, Freelancer hoặc LinkedIn ngay trên tin nhắn hoặc hồ sơ, và giữ mọi khoản thanh toán trên nền tảng.
    • Tại Việt Nam: trình báo với cơ quan công an, hoặc lực lượng cảnh sát phòng, chống tội phạm công nghệ cao.
    • Ở các nước khác: báo cho nền tảng, và cho cảnh sát hoặc đơn vị phòng chống tội phạm mạng của nước bạn.
    Hãy lưu lại lịch sử trò chuyện: nó giúp ích cho nền tảng và cơ quan công an.
