# Назви каналів — так, як сервіси називають себе.

channel-upwork = Upwork
channel-freelancer = Freelancer
channel-linkedin = LinkedIn
channel-github = GitHub
channel-email = Електронна пошта
channel-telegram = Telegram
channel-discord = Discord
channel-whatsapp = WhatsApp
channel-slack = Slack
# Відеодзвінок наживо; показується те, що кажуть обидві сторони.
channel-video-call = Відеодзвінок
