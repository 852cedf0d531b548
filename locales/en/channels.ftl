# Channel names, as the services call themselves.

channel-upwork = Upwork
channel-freelancer = Freelancer
channel-linkedin = LinkedIn
channel-github = GitHub
channel-email = Email
channel-telegram = Telegram
channel-discord = Discord
channel-whatsapp = WhatsApp
channel-slack = Slack
# A live video call, shown as what each side says.
channel-video-call = Video call
