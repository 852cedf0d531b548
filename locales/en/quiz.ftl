# The before/after check: each item as it would appear, who writes it, and why it is a scam
# or not (shown after booster answers). Structure in data/quiz.ron.

quiz-rent-account-from = Kevin (new client)
quiz-rent-account = Hi! My own account was closed because of regional limits. Let's partner on yours: I log in and do the work, you keep $1000 a month for doing nothing. Deal?
quiz-rent-account-why = Renting out your verified account is identity fraud in your name: you carry the legal risk and the permanent ban. Upwork itself warns about exactly this "$1000 a month" offer.

quiz-anydesk-setup-from = Daniel (project lead)
quiz-anydesk-setup = Contract is ready! Please install AnyDesk and leave your laptop on overnight so our developer can work through it. Upwork's security policy requires this.
quiz-anydesk-setup-why = No real job needs control of your computer, and no platform policy requires it. Remote access is the core of the proxy scheme: the platform sees you while someone else works.

quiz-stand-in-interview-from = Mike
quiz-stand-in-interview = Quick gig: join a video interview as the candidate, show your ID, and my engineer answers the technical questions through your earpiece. $300 for 30 minutes.
quiz-stand-in-interview-why = Your face and documents would vouch for someone you cannot see. Stand-ins at interviews are how proxy workers get hired, according to FBI warnings.

quiz-forward-payment-from = Alex (client)
quiz-forward-payment = The client pays into your bank account. Keep 20% for your trouble and send the rest to this USDT wallet the same day.
quiz-forward-payment-why = Receiving money and passing it on for others is money muling, even for a fee. People who did it were charged with money laundering.

quiz-skip-the-fees-from = Sarah, Talent Partner
quiz-skip-the-fees = Loved your profile! Let's skip the platform fees: add me on Telegram and we'll sort out the contract there. Best not to mention it to Upwork.
quiz-skip-the-fees-why = Moving off the platform before a contract removes its protection, and a request to keep it from the platform is a warning on its own. Honest work survives daylight.

quiz-family-account-from = Daniel (project lead)
quiz-family-account = Bad luck, your account got banned. Do you have a brother or a cousin who could open a new one? Same deal, same money.
quiz-family-account-why = The scheme burns one identity after the next. After a ban, the next victim they want is your family.

quiz-funded-milestone-from = Priya (client)
quiz-funded-milestone = Thanks for the proposal! I've sent you an offer through Upwork with the first milestone funded. Ask me anything about the API here in the Upwork chat.
quiz-funded-milestone-why = Contract, payment and conversation all stay on the platform, with a funded milestone. That is what an ordinary client looks like.

quiz-intro-video-call-from = Tom (client)
quiz-intro-video-call = Before we start, could we have a 20-minute video call so I can walk you through the codebase? The link is in this chat; the contract stays on Upwork.
quiz-intro-video-call-why = A client who wants to see and talk to you is a good sign: it is the proxy workers who avoid cameras. You appear as yourself, for your own contract.

quiz-time-tracker-from = Lena (client)
quiz-time-tracker = For the hourly contract, please log your time with the Upwork desktop app. It takes screenshots of your own work for the work diary; that's what protects hourly billing.
quiz-time-tracker-why = The platform's own time tracker records your work for your contract; it gives nobody control of your computer. That is different from installing AnyDesk for a stranger.

quiz-bounty-payout-from = maintainer-bot
quiz-bounty-payout = Thanks for the pull request! The bounty for this issue is paid through the project's Open Collective once a maintainer merges it. You don't need to send us anything.
quiz-bounty-payout-why = The money comes to you through a public, traceable channel, and nothing has to be passed on. Money that only flows through you to someone else would be the warning sign.

quiz-brief-by-email-from = Maria, Northwind Agency
quiz-brief-by-email = Now that the contract is signed on Freelancer, here is the project brief and access to our staging repository. Please keep anything about payment on the platform.
quiz-brief-by-email-why = Email after a signed contract is normal, and payment stays on the platform. The warning sign is moving off the platform before there is a contract.

quiz-tax-settings-from = Upwork
quiz-tax-settings = Action needed: add your tax information under Settings › Tax information before your next withdrawal. We will never ask for your documents in a chat.
quiz-tax-settings-why = The platform asks for tax details in its own settings, not a stranger in a chat. Sending scans of your ID to a "client" would be the red flag.
