# Namen der Kanäle, so wie die Dienste sich selbst nennen.

channel-upwork = Upwork
channel-freelancer = Freelancer
channel-linkedin = LinkedIn
channel-github = GitHub
channel-email = E-Mail
channel-telegram = Telegram
channel-discord = Discord
channel-whatsapp = WhatsApp
channel-slack = Slack
# Ein Live-Videoanruf; angezeigt wird, was beide Seiten sagen.
channel-video-call = Videoanruf
