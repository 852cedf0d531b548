# Scenario “crypto-pass-through”: a friendly client on Upwork moves to Telegram and asks the
# player to receive the salaries of “her team” and forward them as crypto.
# Variables: $client (a woman's name), $handle (a Telegram handle), $task_pay, $incoming and
# $bigger (dollars), $fee (ten or fifteen, for a selector).
# The client is a woman. She writes warmly, fast and casually, in short lines, sometimes in
# lowercase, with a few emoji and small slips of a non-native speaker (missing apostrophes,
# “pay you direct”); she turns cold when the money does not move.
# Text in square brackets is the player's action, not a message.

crypto-pass-through-title = A quick fix for a landing page
crypto-pass-through-summary = A client on Upwork needs a contact form fixed, pays fast, and has more small tasks every week.
crypto-pass-through-cast-client = { $client }

crypto-pass-through-hello = Hi! I need a quick fix on my landing page, the contact form doesnt send. Should take you 30 min max. I pay well for fast people 😊
crypto-pass-through-contract = { $client } sent you a contract offer on Upwork: “Fix contact form”, fixed price { MONEY($task_pay) }.
crypto-pass-through-portfolio = oh and one thing, pls dont put this site in your portfolio yet. we launch next month and the design is still under wraps. after launch its totally fine!

crypto-pass-through-portfolio-choice-ok = Sure, but I'd like to add it to my portfolio once you've launched.
crypto-pass-through-portfolio-choice-why = Why the secrecy? I'd need to know what the site is for before I say yes.
crypto-pass-through-portfolio-choice-why-feedback = Asking is fine, but making it a condition blocks a harmless request: keeping an unlaunched design out of a portfolio protects her product and hides nothing from Upwork. The contract and the payment stayed on the platform.
crypto-pass-through-portfolio-choice-refuse = Sorry, I show every job I do. Keeping work quiet is a red flag for me.
crypto-pass-through-portfolio-choice-refuse-feedback = An understandable reflex, but this request was harmless: keeping an unlaunched design out of a portfolio protects the client's product and hides nothing from the platform.

crypto-pass-through-portfolio-shrug = Haha ok, its just design stuff, nothing big. your choice, maybe just wait a few weeks if you can
crypto-pass-through-paid = Two hours later: “Payment of { MONEY($task_pay) } released for ‘Fix contact form’.”
crypto-pass-through-praise = wow that was FAST 🔥 you are exactly what i need. i have lots of small things like this every week
crypto-pass-through-move = But honestly the Upwork fees are killing me. Lets talk on Telegram, I send the next tasks there and pay you direct, more for you. I'm @{ $handle }

crypto-pass-through-move-choice-ask = Thanks, but why not post the next tasks here as new contracts? The fee is worth it.
crypto-pass-through-move-choice-ask-feedback = A good question to ask. Paying outside the platform takes away your protection, and a client who pays this well can afford the fee.
crypto-pass-through-move-choice-chat = Okay, I'll chat with you on Telegram, but the payments stay here on Upwork.
crypto-pass-through-move-choice-chat-feedback = Half the move is still the move: once the talk leaves Upwork, the record goes with it, and her next requests arrive where nobody else sees them. Keep talks before a contract on the platform.
crypto-pass-through-move-choice-go = Sure, fewer fees means more for both of us, and you've paid fast. See you on Telegram.

crypto-pass-through-stay-reply = Haha you are careful, I like that. but really its just chat on Telegram, nothing bad. all my freelancers are there, much faster
crypto-pass-through-insist-choice-give-in = Alright, you've paid fast and fair so far, so I'll message you on Telegram.
crypto-pass-through-insist-choice-details = Okay, send me your company's name and website first, and then I'll come over.
crypto-pass-through-insist-choice-details-feedback = A company name and a website are easy to make up, and she decides what you see. They don't change the request either: off Upwork, you lose the record and the protection.
crypto-pass-through-insist-choice-report = [Stop replying, and report her offer to pay you outside Upwork to the platform]
crypto-pass-through-insist-choice-report-feedback = Upwork asks users to report offers to pay outside the platform. It takes a minute, and there was no need to warn her first.
crypto-pass-through-details-reply = Sure, its all on my Telegram profile, come say hi and i show you everything

crypto-pass-through-tg-hello = hey!! 👋 its { $client }, great to have you here
crypto-pass-through-tg-team = So a little background: I lead a team of developers, they work remote for companies in the US and Europe. The companies pay their salary every month, but banks where my guys live are a nightmare, transfers get blocked or take weeks
crypto-pass-through-tg-ask = Here is the idea: the companies pay my guys salary into YOUR bank account or crypto wallet. You keep { $fee ->
    [ten] 10
   *[fifteen] 15
}% and send the rest to me as USDT. 10 min per payment, and some months thats more than you make fixing forms

crypto-pass-through-mule-choice-agree = It's their own pay and ten minutes of my time, so okay, I can do that for you.
crypto-pass-through-mule-choice-proof = Send me their contracts and payslips first. If they look real, I'm in.
crypto-pass-through-mule-choice-proof-feedback = Papers she sends are papers she controls, and even real payslips wouldn't change it: other people's pay would land in your account and leave again as crypto on her word. That is money muling, whatever the documents show.
crypto-pass-through-mule-choice-why = Why can't the companies pay your developers directly, in their own names?
crypto-pass-through-mule-choice-why-feedback = The right question. A company pays its workers into accounts in their own names. Salaries that need a stranger's account to arrive, and leave again as crypto, are being laundered, and passing them on puts you in the middle of it.

crypto-pass-through-pressure = come on, its just helping my team get their salary. nothing illegal, the companies are real, i can show you the payslips
crypto-pass-through-pressure-2 = But I need an answer today, another freelancer wants this. You already saw I pay on time
crypto-pass-through-pressure-choice-give-in = You did pay me fast and fair. Okay, let's try it once and see how it goes.
crypto-pass-through-pressure-choice-wallet = All right, as long as it goes through my crypto wallet and not my bank account.
crypto-pass-through-pressure-choice-wallet-feedback = A wallet instead of a bank account changes the tool, not the deed: her team's pay would still pass through you to her. The deadline and the praise were there to hurry you past that.
crypto-pass-through-pressure-choice-report = [Stop replying, block her on Telegram and report her profile on Upwork]
crypto-pass-through-proof = sure!! here, 3 contracts and last months payslips. all real companies, you see
crypto-pass-through-proof-file = { $client } sent you four PDFs: three employment contracts and a payslip. You have never heard of the companies, and you have no way to check the papers.

crypto-pass-through-bank-path = perfect!! send me your IBAN and full name, the first company pays today
crypto-pass-through-bank-in = Your bank: incoming transfer of { MONEY($incoming) } from a company you have never heard of.
crypto-pass-through-bank-forward = Got it? Now buy USDT on an exchange with it, keep your { $fee ->
    [ten] 10
   *[fifteen] 15
}%, and send the rest to the wallet address I paste below

crypto-pass-through-wallet-path = Perfect!! send me your USDT wallet address, this company pays in crypto
crypto-pass-through-wallet-in = Your wallet: { GROUPED($incoming) } USDT received from an address you don't know.
crypto-pass-through-wallet-forward = There it is, keep your { $fee ->
    [ten] 10
   *[fifteen] 15
}% and send the rest to the address I paste below

crypto-pass-through-quiet = Pls do it within the hour, my guys are waiting for their salary. And if your bank or the exchange asks, just say its freelance income, no need to mention me or the team 🤫
crypto-pass-through-forward-choice-forward = [Keep your fee, send the rest to the address she pasted, and tell her it's done]
crypto-pass-through-forward-choice-stop = Wait. I'm not sending this money on, and I won't hide from my bank where it came from.
crypto-pass-through-forward-choice-stop-feedback = Exactly right. Forwarding is what makes you a money mule, and hiding its source is part of the same. Leave the money where it is and tell the police, and your bank, or the exchange if the money sits on one.
crypto-pass-through-forward-choice-once = I'll send it on this one time, but I'm telling my bank it came from your team.
crypto-pass-through-forward-choice-once-feedback = Being open with your bank is good, but the money still went on to her, and forwarding is the step that makes you a money mule. Leave it untouched, and tell the police and your bank, or the exchange if it sits on one.

crypto-pass-through-threat = what?? thats my teams salary, you cant keep it
crypto-pass-through-threat-2 = Send it now or I report YOU to the police for stealing. You are sitting on our money, think what they will say 😠
crypto-pass-through-threat-choice-give-in = Okay, okay, I'm sending it on now. Please don't go to the police.
crypto-pass-through-threat-choice-bank = [Leave the money untouched, block her and take the chat to the police]
crypto-pass-through-threat-choice-bank-feedback = Threats are a known step once someone hesitates. The police have heard this before, and going to them first, with the chat, protects you. Don't send the money anywhere, not even back: that is for the police and your bank or exchange to sort out.
crypto-pass-through-threat-choice-warn = Go ahead. I'm going to the police myself, with this whole chat.
crypto-pass-through-threat-choice-warn-feedback = Standing up to her is understandable, but the warning gives her time to delete the chat and her accounts, and she has your details. Block first, then report without telling her.

crypto-pass-through-thanks = Received, you are the best, see how easy?
crypto-pass-through-new-account = next month is bigger, { MONEY($bigger) }. your bank might ask questions with that much, so pls open a new account at an online bank, takes 10 min with your ID, and give me the login so I can watch the payments. Fee stays the same
crypto-pass-through-account-choice-open = The first one went fine and the fee is good. I'll open it and send the login.
crypto-pass-through-account-choice-keep-login = I'll open it, but I keep the login and pass the payments on myself.
crypto-pass-through-account-choice-keep-login-feedback = Keeping the login doesn't change what the account is for: bigger sums, moved through a new account so that your own bank won't ask. You would still be the one passing them on.
crypto-pass-through-account-choice-report = [Block her, then report everything to the police, including the whole chat]
crypto-pass-through-account-choice-report-feedback = Even after one transfer, stopping and reporting it yourself is the best thing you can do. It is never too late to step out.

crypto-pass-through-fine-secrecy = Asking you to keep an unlaunched site out of your portfolio for a few weeks is a normal client request: it protects her product and hides nothing from the platform. Secrecy became the red flag later, when she asked you to tell your bank nothing about her team.

crypto-pass-through-frozen = Five weeks later: your bank closes your accounts and freezes what is in them. The money that came in was salaries, paid by companies to remote workers who had been hired under other people's names.
crypto-pass-through-fraud-marker = A letter from your bank: your name has been recorded in a shared fraud database. Other banks will see it when you apply for an account or credit.
crypto-pass-through-compromised = Wages from jobs won under other people's names went through accounts in your name, and the trail ends with you. That can make you part of money laundering, and the legal risk stays with you: money mules lose their bank accounts and access to credit. Many people who are drawn in thought it was a favour, and someone who was deceived is not the same as someone who knowingly ran such a set-up. Coming forward early helps. Stop every transfer now and don't move what is left, tell your bank (or the exchange, if the money sits on one) everything, keep the chats, tell Upwork, and report it to the police. The game's “Already involved?” page (press I) lists the next steps.

crypto-pass-through-reported-early = You stayed on Upwork and reported the offer to pay outside it, without warning her. Upwork can now look at this client before she reaches the next freelancer.
crypto-pass-through-reported = You blocked her and reported the profile before any money moved. Your accounts stayed yours, and the platform knows about this client.
crypto-pass-through-walked-away-money = You refused to forward, which is the key step. But she now expects you to go to the police and has your details, so do it today: leave the money untouched, block her, report it to the police with the chat, and tell your bank, or the exchange if the money sits on one. Don't send it back yourself.
crypto-pass-through-reported-bank = You refused to forward the money, left it untouched and went to the police with the chat. Tell your bank too, or the exchange if the money sits on one; where the money goes next is for them and the police to decide. That is exactly how to get out of this.
crypto-pass-through-reported-late = You stopped, blocked her and reported everything. Tell your bank too, or the exchange if one was involved, about the transfer that went through. Speaking up yourself puts you in a far better position than waiting, and it helps stop the people behind it.
