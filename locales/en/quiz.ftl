# The before/after check: each item as it would appear, who writes it, and why it is a scam
# or not (shown after booster answers). Structure in data/quiz.ron.
# Items come in pairs (a01-x and a01-y, ...): one scam and one honest message with the same
# sender, tone, length and kind of request, and one decisive difference. Keep the two
# messages of a pair as alike in the translation as they are here, and about as long.
# The role in brackets in quiz-<id>-from gives the sender's gender (client / Kundin ...):
# women: Ines, Lena, Sophie, Mai, Rachel, Grace, Nadia, Yuki, Dana, Hanna, Claire, Anja,
# Amara, Chloe, Freya, Isabel, Elena, Ayesha, Zoe, Tanya, Sun-hee, Natalia, Ruth, Sofia,
# Lina, Keiko, Fatima, Helen, Joanna, Carmen, Nkechi, Olga; the others are men.
# The player is a freelancer, except in the hiring pairs (a08-a10, b08-b10, k09-k12), where
# the player hires: the sender there is a candidate or a contractor of the player's company.

## Form A

quiz-a01-x-from = Marcus (agency owner)
quiz-a01-x = Hi! Great profile. I run a small dev agency, but my own Upwork account was limited in my region, so I work with partners: I log in to your account and do the projects, and you keep 20 % of what they earn. Interested?
quiz-a01-x-why = Someone else would work under your verified name: that is renting out your account, however it is worded. The platform sees you, and the ban and the legal risk stay with you.

quiz-a01-y-from = Ines (agency owner)
quiz-a01-y = Hi! Great profile. I run a small dev agency here on Upwork and I'd like to invite you as a member: you log in to your own account and do agency projects, and the agency keeps 20 % of what they earn. Interested?
quiz-a01-y-why = You would do the work yourself, from your own account, in an agency set up on the platform. A share for the agency is normal; someone else logging in as you would be the warning sign.

quiz-a02-x-from = Lena (project lead)
quiz-a02-x = hey, contract is signed 🎉 one setup step: pls install AnyDesk on your laptop and send me the access code, so our senior dev can also work from your PC when he's online. thx!
quiz-a02-x-why = Someone else working from your computer is the heart of the proxy scheme: the platform sees your machine and your connection while a stranger does the work. No real client needs control of your device.

quiz-a02-y-from = Tomás (project lead)
quiz-a02-y = hey, contract is signed 🎉 one setup step: pls install the Upwork desktop app on your laptop and start the timer when you work, so your hours show up in the work diary. thx!
quiz-a02-y-why = The platform's own time tracker records your own work for your own contract; it gives nobody control of your computer. The difference is who works on the machine.

quiz-a03-x-from = Sophie (tech recruiter)
quiz-a03-x = Thanks for connecting! A client of ours needs a senior Python developer. You'd do the video interview with your camera on, and our senior engineer sits in off camera and answers the technical questions for you. The contract would be in your name.
quiz-a03-x-why = If someone else answers for you, your face vouches for a person the company never meets, and the contract in your name makes you the one responsible. Only ever interview as yourself, for your own work.

quiz-a03-y-from = Adebayo (tech recruiter)
quiz-a03-y = Thanks for connecting! A client of ours needs a senior Python developer. You'd do the video interview with your camera on, and their senior engineer joins the call and asks you the technical questions. The contract would be in your name.
quiz-a03-y-why = A recruiter who wants you on camera, answering for yourself, for a contract in your own name, is doing ordinary hiring. The warning sign would be someone else supplying your answers.

quiz-a04-x-from = Kofi (client)
quiz-a04-x = hi! quick thing about payment 🙂 our US office sends $2,000 to your bank this week. keep your $400 for the milestone and send the rest on to our designer in USDT, i'll share the wallet. thanks!!
quiz-a04-x-why = Most of the money would only pass through your account on its way to someone else. That is money muling, even with a fee for you, and the legal risk stays with you.

quiz-a04-y-from = Mai (client)
quiz-a04-y = hi! quick thing about payment 🙂 our parent company in Singapore sends your $400 for the milestone to your bank this week, so the sender's name will look different. that's all, thanks!!
quiz-a04-y-why = The money is your own pay for your own work, and nothing goes on to anyone else. A different company name on a transfer is common; forwarding money for others would be the warning sign.

quiz-a05-x-from = Rachel (HR, new client)
quiz-a05-x = Welcome aboard! To get your contractor payroll ready, please reply with a photo of your passport and your tax number. We'll open the payout account in your name for you, so you don't have to deal with the paperwork.
quiz-a05-x-why = With your passport and tax number, others can open accounts in your name, and that is exactly what is offered here. Send identity documents only through a verification process you start yourself, never by email.

quiz-a05-y-from = Jonas (HR, new client)
quiz-a05-y = Welcome aboard! To get your contractor payroll ready, please upload your passport and tax form in Deel's onboarding, from the invitation in your Deel account. You'll set up the payout account there yourself.
quiz-a05-y-why = Your documents go into an onboarding service's own process, and you open your payout account yourself. Documents sent by email for someone else to "set things up" would be the warning sign.

quiz-a06-x-from = Grace (new client)
quiz-a06-x = Thanks for your bid! I've accepted it, the contract is active here and the first milestone is funded. For daily questions let's use our team's Telegram; invoices and payment stay here. I'll send you the link.
quiz-a06-x-why = The contract and a funded milestone already exist on the platform, and payment stays there. A team chat for daily questions after that is ordinary; moving before any contract would be the warning sign.

quiz-a06-y-from = Viktor (new client)
quiz-a06-y = Thanks for your bid! Before we set up anything here, let's move to Telegram and agree on the contract and payment there; it's simpler, and we both save the fees. I'll send you my handle.
quiz-a06-y-why = Leaving before there is a contract takes the deal, the payment and the chat history out of the platform's protection, with someone you have not verified. Keep talks and payment on the platform until a contract exists.

quiz-a07-x-from = Paulo (small studio)
quiz-a07-x = hey, saw your posts in #freelance 👋 small gig: test our beta app, about 5 hours a week, $300 weekly. one thing: the app isn't public yet, so we'd add an NDA to the Upwork contract. in?
quiz-a07-x-why = An NDA keeps an unreleased product confidential, and it sits in the platform contract where everyone can see it. Secrecy from the platform itself would be the warning sign.

quiz-a07-y-from = Nadia (small studio)
quiz-a07-y = hey, saw your posts in #freelance 👋 small gig: test our beta app, about 5 hours a week, $300 weekly. one thing: keep it off Upwork and don't mention it to them, we'll pay you directly. in?
quiz-a07-y-why = A request to hide the work from the platform protects the sender, not you: no contract, no record, no help if the payment never comes. Honest work can be done in the open.

quiz-a08-x-from = Ethan (candidate)
quiz-a08-x = Thanks for shortlisting me! About the interview call: my webcam is broken at the moment, so could we do it audio only? I can send you a recent photo and answer everything in the chat as well.
quiz-a08-x-why = A broken webcam happens; offering everything except live video before you hire is the sign. A candidate you never see may not be the person in the profile, so insist on a live video meeting.

quiz-a08-y-from = Yuki (candidate)
quiz-a08-y = Thanks for shortlisting me! About the interview call: my webcam is broken at the moment, so could we move it to Thursday? A new one arrives Wednesday, or I can join from my phone with video today.
quiz-a08-y-why = The candidate makes sure you can see them live, even if it takes a new date or a phone camera. Avoiding video altogether would be the warning sign.

quiz-a09-x-from = Karim (new contractor)
quiz-a09-x = hi! so excited to start monday 🙌 quick one: i moved flats last week, so could IT ship the laptop to my new address? it's already updated in the HR portal, same city as before. thanks!
quiz-a09-x-why = The laptop goes to the contractor's own home, and the new address is in the company's own records. A laptop sent to somebody else's address would be the warning sign.

quiz-a09-y-from = Dana (new contractor)
quiz-a09-y = hi! so excited to start monday 🙌 quick one: could IT ship the laptop to my cousin's place in Nevada instead? i'm staying with him for a few weeks, i'll DM you the address. thanks!
quiz-a09-y-why = A company laptop sent to a different address than the verified home fits a laptop farm, where a helper keeps devices running for workers abroad. Ship only to the address in the contract.

quiz-a10-x-from = Samir (contractor)
quiz-a10-x = Hi, a quick update before this month's invoice: please pay it into my friend's account this time, details below. My own bank is blocking international transfers at the moment. Thanks!
quiz-a10-x-why = Pay for work should go to an account in the contractor's own name. Money sent to someone else's account is one way the earnings of proxy workers leave the country.

quiz-a10-y-from = Hanna (contractor)
quiz-a10-y = Hi, a quick update before this month's invoice: please pay it into my new account in my own name this time; I've changed banks. The details are in your supplier portal as usual. Thanks!
quiz-a10-y-why = The account is in the contractor's own name, and the change comes through the company's usual process. A change of bank happens; payment to someone else's account would be the warning sign.

## Form B

quiz-b01-x-from = Claire (new client)
quiz-b01-x = Hello! Your profile has exactly the reviews our clients look for. Our team would like to use it for our projects: we'll pay you $1,000 a month, and you won't have to do any of the work yourself. Can we discuss details?
quiz-b01-x-why = Money for letting others work under your reviews and your name is account rental, the very offer the platform warns about. The work, the ban and the legal risk would all be traced to you.

quiz-b01-y-from = Bilal (new client)
quiz-b01-y = Hello! Your profile has exactly the reviews our clients look for. Our team would like you for our projects: we'll pay you $1,000 a month for about ten hours a week, on a contract here. Can we discuss details?
quiz-b01-y-why = They want to hire you to do the work, under a platform contract. Good reviews bringing good offers is how it should be; paying for your account instead of your work would be the warning sign.

quiz-b02-x-from = Ravi (team lead)
quiz-b02-x = hey! welcome to the team 🎉 to get you set up: install Chrome Remote Desktop and leave your laptop on overnight, so our night-shift dev can finish tickets on it. that's all for today!
quiz-b02-x-why = A stranger working on your computer while you sleep means the platform sees you while someone else works. No real job needs your machine running for another person.

quiz-b02-y-from = Anja (team lead)
quiz-b02-y = hey! welcome to the team 🎉 to get you set up: install our password manager and turn on 2FA, then share your screen with me for 5 min on a call so we can check it. that's all for today!
quiz-b02-y-why = Sharing your screen lets her watch while you click; nobody else controls your computer, and 2FA protects your own accounts. Handing over control of the machine would be the warning sign.

quiz-b03-x-from = Amara (client)
quiz-b03-x = Thanks for a great first week! Before our client extends the contract, they'd like a short video call with the developer. Could you join, camera on, and introduce yourself and your part of the work? Ten minutes.
quiz-b03-x-why = You appear as yourself and talk about your own work. A client who wants to see the developer is a good sign; being asked to appear under another name would be the warning sign.

quiz-b03-y-from = Leo (client)
quiz-b03-y = Thanks for a great first week! Before our client extends the contract, they'd like a short video call with the developer. Could you join, camera on, and introduce yourself as Daniel, the name on their contract? Ten minutes.
quiz-b03-y-why = You would show your face for someone else's name, so the end client believes it has met its developer. Only ever appear as yourself, for your own work.

quiz-b04-x-from = Chloe (client)
quiz-b04-x = hi! small thing 🙂 could you open a Wise account in your name? our clients in the EU would pay into it, you keep 10 % and send the rest on to us. way cheaper than our bank. let me know!
quiz-b04-x-why = An account in your name that carries other people's money makes you the one who passes it on: money muling, even for a fee. Only receive money for your own work.

quiz-b04-y-from = Mateo (client)
quiz-b04-y = hi! small thing 🙂 could you open a Wise account in your name? we'd pay your invoices into it in euros, so you get the full amount without PayPal's fees. way cheaper. let me know!
quiz-b04-y-why = The account receives only your own pay, for your own work, and nothing goes on to anyone. Opening an account so that others' money can pass through it would be the warning sign.

quiz-b05-x-from = Omar (new client)
quiz-b05-x = Thanks for the trial task, we'd love to continue! Our payment partner needs a selfie of you holding your ID card, and your date of birth. Please send both by email today, and we'll set everything up for you.
quiz-b05-x-why = A selfie with your ID and your date of birth are what it takes to pass checks in your name. Verify yourself only in the platform's own process, never by sending documents to a client.

quiz-b05-y-from = Freya (new client)
quiz-b05-y = Thanks for the trial task, we'd love to continue! I've sent you the contract on Upwork. If Upwork asks you to verify your identity with your ID and a selfie, please do it there first, and then we can start.
quiz-b05-y-why = The identity check happens in the platform's own process, for your own account; the client never sees your documents. Documents sent to the client would be the warning sign.

quiz-b06-x-from = Isabel (recruiter)
quiz-b06-x = Hi, thanks for connecting! I have a remote contract that fits you well. LinkedIn is strict about salary talk, so let's move to WhatsApp now, and I'll send the offer and payment terms there. What's your number?
quiz-b06-x-why = Moving to a private messenger before you know who you are dealing with, with a reason to avoid the platform, leaves no record and no one to turn to. Check the person and the company first.

quiz-b06-y-from = Chinedu (recruiter)
quiz-b06-y = Hi, thanks for connecting! I have a remote contract that fits you well. If you're interested, let's have a 20-minute call next week; I'll send the invitation from my company email. What do you think?
quiz-b06-y-why = An invitation from a company address can be checked against the company's own site, and nothing about money is settled off the record. A push to a private messenger to settle the offer and the pay would be the warning sign.

quiz-b07-x-from = Jamal (contact from a meetup)
quiz-b07-x = hi, it's Jamal from the meetup 🙂 we need someone for weekend data entry, $250 for about 4 hours, easy stuff. pls keep this between us and delete the chat afterwards, the client is strict. interested?
quiz-b07-x-why = Being asked to delete the chat and tell no one protects the sender, not you: without a record you have nothing to show if it goes wrong. Honest work can be done in the open.

quiz-b07-y-from = Elena (contact from a meetup)
quiz-b07-y = hi, it's Elena from the meetup 🙂 we need someone for weekend data entry, $250 for about 4 hours, easy stuff. pls don't post the client's name anywhere, they launch next month. interested?
quiz-b07-y-why = Keeping an unreleased client's name quiet is ordinary confidentiality; the work and the chat stay on record. Hiding the arrangement itself, or deleting the chat, would be the warning sign.

quiz-b08-x-from = Ayesha (candidate)
quiz-b08-x = Thanks for the invitation to the final round! My home internet is too weak for video, so could we do it on Tuesday instead? I'll book a room at a coworking space and join with my camera from there.
quiz-b08-x-why = The candidate finds a way to meet you live on camera. Weak internet happens; replacing the video meeting with something else would be the warning sign.

quiz-b08-y-from = Victor (candidate)
quiz-b08-y = Thanks for the invitation to the final round! My home internet is too weak for video, so could we do it by phone instead? I'm happy to write code live in a shared document while we talk.
quiz-b08-y-why = Live coding does not show you who is typing. A candidate who steers away from video before the hire may not be the person in the application: meet on live video first.

quiz-b09-x-from = Sven (new contractor)
quiz-b09-x = hi! laptop arrived, thanks 🙏 honestly the screen is tiny, so is it ok to plug my own monitor and keyboard into the company one and work on it like that? just checking before i do it
quiz-b09-x-why = The work stays on the company laptop with its security setup; a monitor and keyboard change nothing about that. Leaving the company device unused for a private computer would be the warning sign.

quiz-b09-y-from = Zoe (new contractor)
quiz-b09-y = hi! laptop arrived, thanks 🙏 honestly my own PC is much faster, so is it ok to leave the company one in its box and do the work on mine, with my own VPN? just checking before i do it
quiz-b09-y-why = On a private computer the company cannot see who is working or from where. Insisting on one's own machine is one of the signs security researchers list for proxy workers.

quiz-b10-x-from = Diego (contractor)
quiz-b10-x = Hello, one change for the March invoice: please send it in euros instead of dollars, to my usual account as before. It saves me conversion fees on my side. Many thanks!
quiz-b10-x-why = The money still goes to the contractor's own, known account; only the currency changes. Crypto or a new account abroad would be the warning sign.

quiz-b10-y-from = Tanya (contractor)
quiz-b10-y = Hello, one change for the March invoice: please send half to my usual account and half in USDT to the wallet below. It saves me conversion fees on my side. Many thanks!
quiz-b10-y-why = Asking for part of the pay in crypto moves it where nobody can see whose it is. Pay only into accounts in the contractor's own name, and check every change of details.

## Bank for booster rounds

quiz-k01-x-from = Sun-hee (project lead)
quiz-k01-x = hey, good news: we need a second designer 🙂 does your sister still freelance? she can apply on our Upwork post with her own profile, we'd love to see her portfolio. same rates as yours
quiz-k01-x-why = Your sister would apply herself, with her own profile, for her own work. Recommending someone is fine; asking for a relative's identity to open an account would be the warning sign.

quiz-k01-y-from = Ahmed (project lead)
quiz-k01-y = hey, bad news: upwork closed your account 😕 we can keep going tho. does your sister or a cousin have an ID? they open a new account, we handle the rest, same money for you
quiz-k01-y-why = After a ban, the scheme needs a new identity, and the next one asked for is your family's. Do not bring anyone in; warn the people close to you instead.

quiz-k02-x-from = Greg (client)
quiz-k02-x = Welcome to the project! For this hourly contract, please install the Upwork desktop app and log your hours with it, so that they are covered by Upwork's hourly payment protection. Thanks!
quiz-k02-x-why = The platform's time tracker logs your own hours for your own contract and gives no one control of your computer. A remote-control tool would be the warning sign.

quiz-k02-y-from = Natalia (client)
quiz-k02-y = Welcome to the project! Per Upwork's security policy, please install TeamViewer and send me its ID and password, so that our security team can check your setup before we start. Thanks!
quiz-k02-y-why = No platform policy requires a remote-control tool, and the ID and password would let someone else use your computer. A scam has claimed exactly this "Upwork security policy".

quiz-k03-x-from = Ruth (team lead)
quiz-k03-x = morning! you'll get a login code by SMS for the client's company account in a minute. pls just forward it to me here, i'm the one using that account today 🙏
quiz-k03-x-why = Forwarding the code would let someone else pass a login check as you, and whatever they do is traced to you. Only ever confirm your own logins.

quiz-k03-y-from = Minh (team lead)
quiz-k03-y = morning! you'll get a login code by SMS for your new company account in a minute. pls type it in on the login page yourself, then you're all set for today 🙏
quiz-k03-y-why = You confirm your own login to your own account, and the code stays with you. Being asked to pass the code on would be the warning sign.

quiz-k04-x-from = Patrick (client)
quiz-k04-x = Hi! With this milestone we'll send you an extra $1,500. Please use it to buy USDT and send it to our supplier's wallet this week; keep $150 for your time. The wallet details are attached.
quiz-k04-x-why = Buying crypto with a client's money and sending it on makes you the link in a money trail. The platform forbids it, and the risk stays with you.

quiz-k04-y-from = Sofia (client)
quiz-k04-y = Hi! With this milestone we'll send you an extra $150 to cover the test phone you bought for the project. Please attach the receipt to the milestone when you submit. Thanks for sorting that out!
quiz-k04-y-why = The extra money pays back your own expense for the project, on the record, and nothing is passed on. Money you are to forward to someone else would be the warning sign.

quiz-k05-x-from = Oleh (new client)
quiz-k05-x = hey, almost done with the setup 👍 last step: upload your ID in Deel's onboarding, front and back, so Deel can verify you for the contract. they'll email you once it's done
quiz-k05-x-why = Your ID goes into an onboarding service's own check, for your own contract. Sending an ID photo to a person so that someone else's account can be verified would be the warning sign.

quiz-k05-y-from = Lina (new client)
quiz-k05-y = hey, almost done with the setup 👍 last step: send a photo of your ID here, front and back, so my partner can verify his account on the payment site. he'll delete it right after
quiz-k05-y-why = Your ID would verify someone else's account: your documents would vouch for a person you cannot see. Only ever verify yourself, in the platform's own process.

quiz-k06-x-from = Martin (hiring manager)
quiz-k06-x = Hi! Your profile fits our open React role. Our hiring team runs the whole process on Telegram, interviews and contract included, so add me there and we'll start today. My handle is in my profile.
quiz-k06-x-why = A company that runs hiring and the contract entirely in a private messenger can't be checked, and leaves you no record. Check the company through its own website first.

quiz-k06-y-from = Keiko (hiring manager)
quiz-k06-y = Hi! Your profile fits our open React role. Our hiring team runs the whole process through our careers page, interviews and contract included, so apply there and mention my name. The link is on our company page.
quiz-k06-y-why = The process runs through the company's own, checkable site. A push to a private messenger before you know who you are dealing with would be the warning sign.

quiz-k07-x-from = Fatima (new client)
quiz-k07-x = Great news, you're hired! We'll ship a company laptop to your home. Please keep it plugged in and online during US hours; our team logs in to it remotely. That part pays $300 a month.
quiz-k07-x-why = Being paid to keep a laptop running for others is hosting a laptop farm: someone else works from your home connection. People who did this faced charges.

quiz-k07-y-from = Ben (new client)
quiz-k07-y = Great news, you're hired! We'll ship a company laptop to your home. Please use it for all project work; our IT team installs the security updates remotely. Your hours go through this contract.
quiz-k07-y-why = You work on the laptop yourself, and IT only keeps it updated. Keeping a device online so that others can work on it would be the warning sign.

quiz-k08-x-from = Arnav (client)
quiz-k08-x = Thanks, the work is approved! One favour: please delete our messages about the payment setup from this chat, and don't bring it up if Upwork support ever asks. It keeps things simple for both of us.
quiz-k08-x-why = Deleting the record and keeping it from the platform protects the sender, not you. Keep the chat history; if something feels wrong, ask the platform.

quiz-k08-y-from = Helen (client)
quiz-k08-y = Thanks, the work is approved! One favour: please delete the customer data file I sent you for testing from your computer, as our privacy policy requires. It keeps things simple for both of us.
quiz-k08-y-why = Deleting customer data after the job protects the customers; the chat and the contract stay on record. Deleting the chat or hiding things from the platform would be the warning sign.

quiz-k09-x-from = Joanna (candidate)
quiz-k09-x = Good question! My LinkedIn still has my maiden name, Nowak; I just haven't updated it. Upwork has my married name from the ID check. Happy to start this week if you like.
quiz-k09-x-why = One change, explained, with the verified name on the platform. A history that differs between profiles, or a profile run by someone else, would be the warning sign.

quiz-k09-y-from = Kevin (candidate)
quiz-k09-y = Good question! The LinkedIn profile with the other school and employers was set up by my agency; I don't really use it. The Upwork one is me. Happy to start this week if you like.
quiz-k09-y-why = Education and work history that differ between profiles, and a profile set up by someone else, point to a borrowed or invented identity. Compare the profiles before you hire.

quiz-k10-x-from = Tariq (contractor)
quiz-k10-x = hey! quick admin thing 🙏 could finance pay my invoice a week early this month? the deposit for my new flat is due, same account as always. let me know, thx!!
quiz-k10-x-why = An early payment to the contractor's own, known account changes nothing about where the money goes. Payment to someone else's account would be the warning sign.

quiz-k10-y-from = Carmen (contractor)
quiz-k10-y = hey! quick admin thing 🙏 could finance pay my invoice into my brother's account this month? mine is frozen for a few weeks, bank stuff. i'll DM his details, thx!!
quiz-k10-y-why = Pay should go only to an account in the contractor's own name. Money sent to other people's accounts is one way the earnings of proxy workers leave.

quiz-k11-x-from = Nkechi (candidate)
quiz-k11-x = Sorry, my camera keeps freezing on this connection. I'll rejoin from my phone so you can still see me. Please give me one minute, I'll be right back.
quiz-k11-x-why = The candidate keeps the camera on, even on a weak connection. Switching the video off for the rest of the interview would be the warning sign.

quiz-k11-y-from = Jake (candidate)
quiz-k11-y = Sorry, my camera keeps freezing on this connection. I'll turn it off so the audio stays clear. Please go ahead with the next question, I can hear you fine.
quiz-k11-y-why = Turning the camera off in the interview means you never see who is answering. Ask to continue on video, even if it means a new appointment.

quiz-k12-x-from = Felix (new contractor)
quiz-k12-x = Hello! Thanks for the onboarding pack. Before the laptop ships: could IT send it to your office instead? I'm between flats, and I can pick it up there in person on Monday. Best regards
quiz-k12-x-why = The laptop goes to the company's own office, and the contractor picks it up in person. A laptop sent to a forwarder or a third person would be the warning sign.

quiz-k12-y-from = Olga (new contractor)
quiz-k12-y = Hello! Thanks for the onboarding pack. Before the laptop ships: could IT send it to my parcel forwarding address instead? I'm between flats, and they send everything on to me. Best regards
quiz-k12-y-why = A forwarding address means nobody knows where the laptop ends up. Ship company devices only to the verified home address, or hand them over in person.

quiz-k13-x-from = Tomás (talent partner)
quiz-k13-x = Great to connect! The interview is tomorrow at 10. We use our own secure meeting client: please download it from the link below and sign in before the call, so the video works. See you then!
quiz-k13-x-why = A real interview runs in a meeting app people already have. An “own client” to download from a recruiter's link runs their program on your computer: that is how fake interviews install stealers.

quiz-k13-y-from = Ines (talent partner)
quiz-k13-y = Great to connect! The interview is tomorrow at 10. We use Google Meet: the link below opens it in your browser, nothing to install. If the video acts up, just rejoin. See you then!
quiz-k13-y-why = The call runs in a common app, in the browser, and the fix for a bad connection is to rejoin. Nothing from the recruiter runs on your computer.

quiz-k14-x-from = Priya (hiring manager)
quiz-k14-x = thanks for the take-home! one thing before friday: push it to a new repo on your own GitHub and send me the link. we'll go through it together on a screen-share call 👍
quiz-k14-x-why = The code stays in your own repository and is reviewed on a call. You run nothing that they wrote.

quiz-k14-y-from = Ravi (hiring manager)
quiz-k14-y = thanks for the take-home! one thing before friday: clone our repo, run npm install and npm start, and fix the bug on the login page. we'll go through it together on a screen-share call 👍
quiz-k14-y-why = Installing and starting a recruiter's project runs their code, with everything your computer holds. Fake take-home tests have delivered stealers this way since 2022.
