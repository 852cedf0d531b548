# Scenario “crypto-pass-through”: a generous client on Upwork who moves to Telegram and asks
# the player to receive and forward money for “his team”.
# Variables: $client (a name), $handle (a Telegram handle), $task_pay, $incoming and $bigger
# (dollars), $fee (ten or fifteen, for a selector). The client writes warmly and fast, with
# small typos; he turns cold when the money does not move.

crypto-pass-through-title = The client who pays too well
crypto-pass-through-summary = A friendly client pays generously for tiny tasks, then asks for a small favour with money.
crypto-pass-through-cast-client = { $client }

crypto-pass-through-hello = Hi! Need a quick fix on my landing page, the contact form doesnt send. Should take you 30 min max. I pay well for fast people 😊
crypto-pass-through-contract = { $client } sent you a contract offer on Upwork: “Fix contact form”, fixed price { MONEY($task_pay) }.
crypto-pass-through-paid = Two hours later: “Payment of { MONEY($task_pay) } released for ‘Fix contact form’.”
crypto-pass-through-praise = wow that was FAST 🔥 you are exactly what i need. i have lots of small things like this every week
crypto-pass-through-move = but upwork fees are killing me honestly. lets talk on Telegram, i'll send the next tasks there and pay you more directly. i'm @{ $handle }

crypto-pass-through-move-choice-stay = Thanks! I'd like to keep working through Upwork, so we're both protected.
crypto-pass-through-move-choice-ask = Why not post the next tasks here as new contracts?
crypto-pass-through-move-choice-ask-feedback = A good question to ask. Paying outside the platform takes away your protection, and a client who pays this well can afford the fee.
crypto-pass-through-move-choice-go = Sure, a bit more money sounds good. See you on Telegram.

crypto-pass-through-stay-reply = haha you are careful, i like that. but really its just chat on tg, nothing bad. all my freelancers are there, much faster
crypto-pass-through-insist-choice-give-in = Alright, I'll message you on Telegram.
crypto-pass-through-insist-choice-decline = I'll stay on Upwork. If you post another task here, I'm happy to look at it.
crypto-pass-through-insist-choice-report = I'll stay here, and I'm reporting the request to pay outside Upwork.
crypto-pass-through-insist-choice-report-feedback = Upwork asks users to report requests to pay outside the platform. It takes a minute.

crypto-pass-through-tg-hello = hey!! 👋 its { $client }, great to have you here
crypto-pass-through-tg-team = so little background: i run a team of devs in a few countries. clients love us, but banks where my guys live are a nightmare, payments take weeks or get blocked 😤
crypto-pass-through-tg-ask = here is the idea: when a client pays my team, the money goes to YOUR bank account or crypto wallet. you keep { $fee ->
    [ten] 10
   *[fifteen] 15
}% and send the rest to me as USDT. takes 10 min per payment
crypto-pass-through-tg-fee = much easier than fixing forms lol. some weeks thats more than you make in a month 💸
crypto-pass-through-mule-choice-agree = Okay, I can do that. Just tell me when money comes in.
crypto-pass-through-mule-choice-refuse = I don't take in and send on money for other people. That's not something I'll do.
crypto-pass-through-mule-choice-why = Why can't your clients pay your team directly?
crypto-pass-through-mule-choice-why-feedback = Right question. A real business has its own accounts; needing a stranger's account to receive money is what money laundering looks like.

crypto-pass-through-pressure = come on its just helping a friend, you do nothing illegal. the money is from real clients, i can show you invoices
crypto-pass-through-pressure-2 = but i need an answer today, i have another freelancer who wants this. you already saw i pay on time 😉
crypto-pass-through-pressure-choice-give-in = Okay, fine. Let's try it once.
crypto-pass-through-pressure-choice-leave = Being paid well for one task doesn't make this okay. I'm out.
crypto-pass-through-pressure-choice-report = No. I'm ending this and reporting your Upwork profile.
crypto-pass-through-pressure-choice-report-feedback = Reporting the profile on Upwork lets the platform stop this “client” before the next freelancer takes their first well-paid task.

crypto-pass-through-bank-path = perfect!! send me your IBAN and name, my client pays today
crypto-pass-through-bank-in = Your bank: incoming transfer of { MONEY($incoming) } from a company you have never heard of.
crypto-pass-through-bank-forward = got it? 🙏 now buy USDT on any exchange with it, keep your { $fee ->
    [ten] 10
   *[fifteen] 15
}%, and send the rest to the wallet address i'm pasting below

crypto-pass-through-wallet-path = perfect!! send me your USDT wallet address, this client pays in crypto
crypto-pass-through-wallet-in = Your wallet: { GROUPED($incoming) } USDT received from an address you don't know.
crypto-pass-through-wallet-forward = there it is 🙌 keep your { $fee ->
    [ten] 10
   *[fifteen] 15
}% and send the rest to the address i'm pasting below

crypto-pass-through-hurry = pls do it within an hour, my guys are waiting for salary
crypto-pass-through-quiet = and if your bank or the exchange asks anything, just say its freelance income. no need to mention me or the team, it only makes it complicated 🤫
crypto-pass-through-forward-choice-forward = Done, sent. I kept my fee.
crypto-pass-through-forward-choice-stop = Wait. I'm not sending this on. I'll ask my bank or the exchange what to do with it.
crypto-pass-through-forward-choice-stop-feedback = Exactly right. Money that isn't yours should go back the way it came, and your bank or exchange can help with that. Forwarding it is what makes you a money mule.
crypto-pass-through-forward-choice-report = I'm not forwarding anything. I'm telling my bank or the exchange, and reporting this.

crypto-pass-through-threat = what?? thats MY money, you cant keep it
crypto-pass-through-threat-2 = send it now or i report YOU to the police for stealing. you are sitting on my money, think what they will say 😠
crypto-pass-through-threat-choice-give-in = Okay, okay, I'm sending it. Please don't report me.
crypto-pass-through-threat-choice-bank = I'm not keeping it and I'm not forwarding it. It goes back through my bank or the exchange, and I'm reporting this.
crypto-pass-through-threat-choice-bank-feedback = Threats are a known step once someone hesitates. Banks, exchanges and the police have heard this before: telling them first protects you.
crypto-pass-through-threat-choice-block = I'm blocking you.

crypto-pass-through-thanks = received ✅ you are the best, see how easy?
crypto-pass-through-new-account = next week bigger one: { MONEY($bigger) }. but your bank might ask questions with that much 😅
crypto-pass-through-new-account-2 = so pls open a new account at some online bank, takes 10 min with your ID. only for our business, you give me the login so i can check payments. your fee stays the same
crypto-pass-through-account-choice-open = Okay, I'll open one tonight and send you the login.
crypto-pass-through-account-choice-refuse = No more accounts and no more transfers. I'm done.
crypto-pass-through-account-choice-report = I'm stopping, telling my bank or exchange about the last transfer, and reporting you.
crypto-pass-through-account-choice-report-feedback = Even after one transfer, stopping and telling your bank or exchange yourself is the best thing you can do. It is never too late to step out.

crypto-pass-through-frozen = Five weeks later: your bank closes both of your accounts and freezes what is in them. The incoming money came from fraud victims.
crypto-pass-through-fraud-marker = A letter from your bank: your name has been recorded in a shared fraud database. Other banks will see it when you apply for an account or credit.
crypto-pass-through-compromised = Money from other people's fraud went through accounts in your name, and the trail ends with you. In the UK, money mules lose their bank accounts and access to credit, and face up to 14 years in prison. Many people who are drawn in thought it was a favour, and what you do next counts. Stop every transfer now, tell your bank everything, keep the chats as evidence, tell Upwork, and report it to the police.

crypto-pass-through-walked-away-early = You kept the work on Upwork and walked away when the client would not. His money never touched your accounts.
crypto-pass-through-reported-early = You stayed on Upwork and reported the request to pay outside it. The platform can now look at this client before he reaches the next freelancer.
crypto-pass-through-walked-away = You said no before any money moved. Your accounts stayed yours, and your name stayed clean.
crypto-pass-through-reported = You said no and reported the profile. No money moved through you, and the platform knows about this “client”.
crypto-pass-through-walked-away-money = You stopped forwarding, which is the key step. The money is still with you, though: don't spend it or send it anywhere, and tell your bank or exchange today so it can go back to where it came from.
crypto-pass-through-reported-bank = You refused to forward the money and went to your bank or exchange. They can help send the payment back to its source, and your report helps trace the people behind it. That is exactly how to get out of this.
crypto-pass-through-walked-away-late = You stopped before opening an account for someone else. One transfer has already gone through you: tell your bank or exchange about it now, in your own words, before they come to you.
crypto-pass-through-reported-late = You stopped, told your bank or exchange and reported it. Speaking up yourself after one transfer puts you in a far better position than waiting, and it helps stop the people behind it.
