# Nơi báo cáo. Danh sách có nguồn của dự án (redflags.md, mục C) chưa có kênh riêng cho
# Việt Nam, nên chỉ nêu nền tảng và cơ quan công an nói chung; không bao giờ bịa số điện thoại,
# địa chỉ hay đường link.

report-heading = Báo cáo ở đâu
report-where =
    • Trên nền tảng: chặn tài khoản trước, rồi dùng nút “Báo cáo” (Report) có sẵn của Upwork, Freelancer hoặc LinkedIn ngay trên tin nhắn hoặc hồ sơ. Đừng bao giờ báo trước cho họ biết bạn sẽ báo cáo.
    • Tại Việt Nam: trình báo tại cơ quan Công an gần nhất. Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05, Bộ Công an) không nhận “lấy lại tiền” qua trang mạng: trang nào hứa lấy lại tiền bị lừa đều là lừa đảo. Thông tin chính thức về an toàn thông tin có tại khonggianmang.vn.
    • Ở các nước khác: báo cho nền tảng, và cho cảnh sát hoặc đơn vị phòng chống tội phạm mạng của nước bạn.
    Hãy lưu lại lịch sử trò chuyện: nó giúp ích cho nền tảng và cơ quan công an.
