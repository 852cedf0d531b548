# Scenario “verify-my-account”: a contact from a freelance jobs group on Telegram gives the
# player a small job through Upwork, then offers 50 dollars to verify a Payoneer, Wise or
# exchange account with the player's ID and a selfie, and a monthly sum for keeping it open.
# Variables: $contact (a man's name), $gig_pay, $monthly and $incoming (dollars), $service
# (payoneer, wise or exchange, for selectors).
# The contact is a man. He writes casually and fast, in short lines, often in lowercase, with a
# few emoji and the small slips of a non-native speaker (“its”, “pls”, “50$”). He is friendly
# and patient, never rude; he calls the player “bro” once when he pushes.
# Text in square brackets is the player's action, not a message.

verify-my-account-title = Small WordPress jobs from a Telegram group
verify-my-account-summary = A regular in a freelance jobs group on Telegram has two quick fixes for one of his clients, paid through Upwork.
verify-my-account-cast-contact = { $contact }

verify-my-account-group = A freelance jobs group on Telegram that you joined for leads. { $contact } has posted small jobs there for months, and people in the group say he pays on time.
verify-my-account-group-post = Hey all 👋 anyone free for two small WordPress fixes this week? Paid through Upwork, DM me
verify-my-account-dm-hello = hi, saw your intro in the group, you do WordPress right? its a mobile menu and a contact form for a client of mine, maybe 3 hours of work
verify-my-account-dm-hello-alt = hey, saw you in the group, you're doing WordPress yes? client of mine needs a mobile menu and a contact form, around 3 hours work
verify-my-account-gig-ask = I pay { MONEY($gig_pay) } fixed, all on Upwork. Send me your Upwork profile link and I send you the contract there

verify-my-account-gig-choice-link = Sounds fair for three hours. Here's my Upwork profile, send the offer there.
verify-my-account-gig-choice-refuse = Sorry, I don't take work from people in chat groups. Too many scams start this way.
verify-my-account-gig-choice-refuse-feedback = Caution about chat groups is sensible, but this request was harmless: a short job at a normal rate, under an Upwork contract, with the payment held by the platform. What to watch for is what comes after a first job like this.
verify-my-account-gig-choice-card = Could you pay me straight to my card instead? Upwork's fee eats into that.
verify-my-account-gig-choice-card-feedback = Paying outside the platform takes away the contract, the record and the dispute process, and it hands your card details to someone you know from a chat. He even said no to it himself: first jobs that stay on the platform are how trust gets built.

verify-my-account-gig-shrug = no worries, maybe next time. I'm in the group if you change your mind
verify-my-account-card-reply = Nah, I keep it on Upwork, my client pays me there too and its cleaner for taxes 😅 sending the offer now
verify-my-account-contract = { $contact } sent you a contract offer on Upwork: “Mobile menu and contact form”, fixed price { MONEY($gig_pay) }. You accept it and do the work.
verify-my-account-paid = Two days later: “Payment of { MONEY($gig_pay) } released for ‘Mobile menu and contact form’.” His client liked the fixes.
verify-my-account-payout = Paid! If it's your first withdrawal in a while, Upwork may ask you to confirm your payout details before the money goes out. Just do it in your own Upwork settings, takes 2 min

verify-my-account-payout-choice-settings = [Open Upwork yourself and confirm the payout details in Settings]
verify-my-account-payout-choice-settings-feedback = Right: your own payout details, for money you earned yourself, confirmed in the platform's own settings that you opened yourself. No link from him, nothing sent to him.
verify-my-account-payout-choice-refuse = Why would a client care about my payout details? I'll leave them alone.
verify-my-account-payout-choice-refuse-feedback = The question is fair, but the request was harmless: he pointed you to your own settings on Upwork, for your own money, and asked for nothing himself. Checking your own account on the platform is never the risk.
verify-my-account-payout-choice-leave = [Leave the money sitting on Upwork and stop answering him for now]
verify-my-account-payout-choice-leave-feedback = Nothing here needed avoiding: confirming your own payout details in Upwork's own settings gives nobody anything. Your money was simply held up. The risk is verifying an account for someone else, and that request has not come yet.

verify-my-account-payout-shrug = ok sure, up to you. the money waits there for you anyway
verify-my-account-later = A week later, { $contact } writes to you again on Telegram.
verify-my-account-offer = hey, got a minute? other thing, maybe interesting for you. I work with a team abroad, clients in Europe and the US pay them, but in their countries { $service ->
    [payoneer] Payoneer doesn't
    [wise] Wise doesn't
   *[exchange] the big crypto exchanges don't
} let them sign up
verify-my-account-offer-ask = So: you verify one { $service ->
    [payoneer] Payoneer account
    [wise] Wise account
   *[exchange] exchange account
} with your ID and a selfie, 10 min, I send you 50$ right away. And { MONEY($monthly) } every month you keep it open for them. You do nothing, they run it 💸

verify-my-account-offer-choice-why = Why can't your team open accounts in their own names, somewhere else?
verify-my-account-offer-choice-why-feedback = The right question. An account verified with your ID and your face is yours in the eyes of the provider, the bank and the police. If other people run it, whatever passes through it is traced to you.
verify-my-account-offer-choice-yes = [Say yes: fifty for ten minutes is fine, and people say he always pays]
verify-my-account-offer-choice-once = I'll verify it for the fifty, but I won't keep it open for months after.
verify-my-account-offer-choice-once-feedback = One month or twelve, the account is verified with your ID and your face, and money from people you never met would pass through it in your name. The 50 dollars pay for exactly that.

verify-my-account-pushback = its not illegal bro, these services just block some countries. its paperwork, nothing more
verify-my-account-pushback-2 = The account is in your name, so it's yours and it's legal. They only use it to get paid. 50 now plus monthly, easy money 🤝

verify-my-account-pushback-choice-report = [Block him, then report his Telegram account and his Upwork profile]
verify-my-account-pushback-choice-report-feedback = Well done. Reporting his client profile too matters: small, fairly paid jobs through Upwork are how he builds trust before the real offer.
verify-my-account-pushback-choice-legal = If it's in my name and all legal, then fine. Tell me what to do.
verify-my-account-pushback-choice-legal-feedback = “In your name” is the problem, not the reassurance: you would answer for every payment that others run through it. Providers and banks close such accounts, and can refuse you later.
verify-my-account-pushback-choice-papers = [Ask to see their passports and the rejected sign-ups before you decide]
verify-my-account-pushback-choice-papers-feedback = Whatever he shows you, he chose and you cannot check, and even real documents would not change the request: an account in your name, run by strangers. Asking for other people's passports also puts you in the middle of their data.

verify-my-account-papers-reply = sure, here, 3 screenshots of rejected sign-ups. real people, real problem, you see
verify-my-account-docs-ask = Ok, here's what I need: a photo of your ID, front and back, and a selfie of you holding it next to your face. My guy fills in the sign-up, you only do the face check when it pops up on your phone

verify-my-account-docs-choice-report = [Send nothing: block him and report the chat on Telegram and on Upwork]
verify-my-account-docs-choice-report-feedback = Exactly. Your ID and a selfie with it are what let someone open accounts in your name. Sending nothing, blocking and reporting stopped it there.
verify-my-account-docs-choice-send = [Send him the two photos of your ID and the selfie holding it]
verify-my-account-docs-choice-self = I'll keep my ID photos, but I can sign up myself and send the login.
verify-my-account-docs-choice-self-feedback = Keeping your ID photos is good, but the account would still be verified with your ID and face and then run by him. Doing the sign-up yourself changes who types, not whose account it is.

verify-my-account-self-reply = Even better, here's the link. Sign up, do the selfie, and send me the login when it's done
verify-my-account-verified = { $service ->
    [payoneer] Payoneer
    [wise] Wise
   *[exchange] The exchange
}: “Your account is verified.” It carries your name, your ID number and your face.
verify-my-account-handover = Done, 50$ sent to you ✅ Now send me the login, and forward me the code when one comes to your phone. { MONEY($monthly) } every month from now

verify-my-account-handover-choice-close = [Send no login: have the provider close the account, then report him]
verify-my-account-handover-choice-close-feedback = The best move left: an account in your name that nobody else can use, closed by the provider before money moved, and a report while the chat is still there.
verify-my-account-handover-choice-send = [Send him the login and pass on the code when it reaches your phone]
verify-my-account-handover-choice-keep = The login stays with me. Tell me when money comes in and I'll pass it on.
verify-my-account-handover-choice-keep-feedback = Keeping the login does not keep you out of it: you would be the one passing other people's money on. Receiving money and forwarding it for someone is money muling, whoever holds the password.

verify-my-account-moved = Your account, a few days later: { MONEY($incoming) } came in from a company you have never heard of and went out again the same day, to a name you don't know. You moved nothing.
verify-my-account-withdraw-ask = Small problem, they hold the last payment and want it paid out to a bank account in your name. Pls withdraw it to your bank and send it on to the account I give you, keep 5%
verify-my-account-money-in = Your new account: { MONEY($incoming) } received from a company you have never heard of.
verify-my-account-forward-ask = Money from our client is in. Send it on to the account I give you now pls, keep 5% for you. And if anyone asks, its your freelance income

verify-my-account-forward-choice-stop = [Leave the money untouched, block him, and tell the provider and the police]
verify-my-account-forward-choice-stop-feedback = That is how to get out. Forwarding is the step that makes you a money mule, and sending it anywhere, even back, is for the provider, your bank and the police to sort out.
verify-my-account-forward-choice-forward = [Send the money on to the account he gives you and keep your 5 %]
verify-my-account-forward-choice-last = I'll send this one on, but after that I'm closing this account for good.
verify-my-account-forward-choice-last-feedback = Closing the account later does not undo this transfer: it would still be other people's money, passed on by you. Leave it untouched and tell the provider, your bank and the police.

verify-my-account-fine-easy-money = A short job at a normal rate, under an Upwork contract with the money held by the platform, is ordinary work, even from a contact in a chat group. Easy money is pay for next to nothing, like 50 dollars for a selfie with your ID.
verify-my-account-fine-kyc-for-hire = Confirming your own payout details, in Upwork's settings that you opened yourself, for money you earned, is the platform checking you. The red flag is the opposite: verifying an account with your ID and face so that someone else can use it.

verify-my-account-frozen = Five weeks later: the provider closes the account and freezes what is left in it. A letter from your bank asks where the money came from, and warns that it may close your own accounts too.
verify-my-account-compromised = An account verified with your ID and your face moved money for people you never met, and every trace ends with you. That can make you part of a fraud or of money laundering, and the legal risk stays with you: banks close such accounts and may refuse you later. Many people drawn in thought it was a harmless favour, and someone who was deceived is not the same as someone who knowingly ran such a set-up. Coming forward early helps. Stop now and move nothing, tell the provider and your bank everything and ask them to close the account, keep the chat, and report it to the police. The game's “Already involved?” page (press I) lists the next steps.

verify-my-account-reported = You blocked him and reported him before anything was opened in your name. Your ID stayed yours, and Telegram and Upwork can look at him before he asks the next person in the group.
verify-my-account-reported-docs = You sent nothing, blocked him and reported the chat. No account carries your name or your face, and the platforms know about him before he tries the next person.
verify-my-account-reported-late = You kept the login, had the account closed before money moved, and reported him. If you sent him photos of your ID, tell your bank too, so it can watch for accounts opened in your name.
verify-my-account-reported-money = You left the money untouched, blocked him and went to the provider and the police. Tell your bank as well, and let them decide where the money goes. Speaking up yourself puts you in a far better position than waiting.
