# Tên các kênh, đúng như các dịch vụ tự gọi mình.

channel-upwork = Upwork
channel-freelancer = Freelancer
channel-linkedin = LinkedIn
channel-github = GitHub
# Người Việt thường nói “email”; “thư điện tử” nghe quá trang trọng trong khung chat.
channel-email = Email
channel-telegram = Telegram
channel-discord = Discord
channel-whatsapp = WhatsApp
channel-slack = Slack
# Một cuộc gọi video trực tiếp, hiển thị những gì mỗi bên nói.
channel-video-call = Cuộc gọi video
