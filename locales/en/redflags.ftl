# The red-flag handbook: for each flag its name, why it matters, what to do instead,
# and its sources. Facts come from the project's sourced list; keep them accurate.

## A. What you are asked to do, as a freelancer

flag-off-platform = Moving the chat off the platform
flag-off-platform-why = An unasked-for message followed by a push to Telegram, WhatsApp, Discord or private email, before any contract exists, takes you out of reach of the platform's protection: no record, no dispute process, no payment guarantee.
flag-off-platform-instead = Keep talks before a contract, and every payment, on the platform. Once a real contract is signed there, a move to email for day-to-day details can be fine.
flag-off-platform-sources = Upwork Trust & Safety (“keep communication and payments on Upwork”); Freelancer.com guidance on employer scams; US court records in the Chapman case (first contact was a LinkedIn message).

flag-account-rental = Renting out your verified account
flag-account-rental-why = “My account was closed”, “regional limits”, “we split the earnings”: whoever works through your account does so under your name. It can make you part of a fraud, and the legal risk stays with you. The recruit usually gets about a fifth of the money.
flag-account-rental-instead = Never rent, share, sell or “partner on” your account or profile. Report the offer on the platform.
flag-account-rental-sources = Upwork, “Paid and leased account fraud” (October 2020; sample offer of $1,000 a month); Freelancer.com (“client wants to purchase your profile”); South Korean government advisory, December 2022; US v. Didenko (sold and rented freelance accounts; five years in prison).

flag-remote-access = Remote control of your computer
flag-remote-access-why = A request to install AnyDesk, Chrome Remote Desktop, TeamViewer or RDP, or to keep a laptop running for someone, is the heart of the proxy scheme: someone else works from your machine, so the platform sees you, on your local internet connection.
flag-remote-access-instead = No real client needs control of your device. Refuse, and if something is already installed, remove it and change your passwords.
flag-remote-access-sources = FBI public service announcements, May 2024 and July 2025 (helpers host company laptops and enable remote desktop); the Knoot case (unauthorised remote desktop apps, a monthly fee per laptop); the Chapman case (90+ laptops seized, 49 shipped abroad); one scam claimed TeamViewer was “required by Upwork security policy”.

flag-proxy-verification = Passing checks for someone else
flag-proxy-verification-why = If you pass an identity check, a video interview or a login prompt for someone else, your face and documents vouch for a person you cannot see, and whatever they do is traced to you.
flag-proxy-verification-instead = Only ever verify yourself, for your own work. A client who wants to meet you on video is normal; one who wants you on video for someone else is not.
flag-proxy-verification-sources = FBI public service announcements, 2024 and 2025 (helpers attend interviews); South Korean advisory, 2022 (the account owner appears on video while someone else controls the computer); Microsoft, December 2025 (one device completing login checks for several accounts).

flag-pass-through-pay = Passing money on
flag-pass-through-pay-why = Receiving pay into your bank account or crypto wallet and forwarding most of it, or opening accounts for someone, is money muling, even when it is called a fee.
flag-pass-through-pay-instead = Only receive money for your own work, and never forward it to others. Tell your bank if you have already done it.
flag-pass-through-pay-sources = FBI public service announcements, 2024 and 2025; the Knoot and Chapman cases (money-laundering charges); Upwork (buying crypto for a client is prohibited and a common scam); UK “Don't Be Fooled” campaign.

flag-identity-docs = Handing over your documents
flag-identity-docs-why = Scans of your passport, ID card or tax number, or personal data “to set things up”, let others open accounts in your name.
flag-identity-docs-instead = Verify your identity only in the platform's own process, never by sending documents to a client.
flag-identity-docs-sources = The Chapman case (68 stolen identities, 309 US businesses, about $17 million); US Federal Trade Commission guidance on job scams.

flag-easy-money = Easy money, in a hurry
flag-easy-money-why = Good pay for little or no work, plus urgency (“answer today, others are waiting”), is a pattern aimed at people who are short of money. It is not luck.
flag-easy-money-instead = Take your time. A real client accepts that you think it over or ask questions.
flag-easy-money-sources = US Federal Trade Commission guidance on job scams; UK “Don't Be Fooled” (threats once involved).

flag-recruit-others = Bringing in family or friends
flag-recruit-others-why = When an account is banned, the scheme needs a new identity, and the person already in it is asked to find one. That can be a relative or a friend.
flag-recruit-others-instead = Do not recruit anyone. Warn the people close to you instead.
flag-recruit-others-sources = One reported case, in the article this project started from: after a ban, the operator asked for “a family member for a new account”. The pattern of rotating identities is in US advisories (State, Treasury and FBI, May 2022).

flag-claims-mismatch = Claims that do not hold up
flag-claims-mismatch-why = A “client” who claims a nationality or language they cannot use, such as someone who says they are Japanese and breaks off when asked to speak Japanese, is not who they say.
flag-claims-mismatch-instead = Test claims cheaply: suggest a short call in the claimed language.
flag-claims-mismatch-sources = Cointelegraph's investigation with the researcher Heiner García (February 2025): a candidate who called himself a Japanese engineer hung up when the interview turned to his claimed background; CoinDesk (2024) on “Ryuhei”, who claimed to be in Japan.

flag-secrecy = Keeping it secret
flag-secrecy-why = Being asked not to tell the platform, to delete the chat, or to keep the arrangement private protects the scheme, not you.
flag-secrecy-instead = Honest subcontracting survives daylight. Keep the chat history and ask the platform if you are unsure.
flag-secrecy-sources = The common pattern in government advisories; Upwork Trust & Safety.

## Added for the threats that hurt freelancers most (sources checked 2026-12-04)

flag-runs-their-code = Running their code, file or command
flag-runs-their-code-why = A paid “technical test” to clone and run (npm install, npm start), a package to install, a meeting app to download, a command to paste “to fix your camera”, a document to open: once it runs on your computer, it can take your passwords, browser sessions, crypto wallets and keys. Fake interviews built for this have targeted developers since 2022.
flag-runs-their-code-instead = Never run a recruiter's code on a computer that holds your accounts, keys or wallets. A real test can be done in your own repository, on a shared screen, or in a throwaway virtual machine. Join calls with a meeting app you already use, installed from its official site, and never paste a command someone sent you. Check the company through channels the recruiter does not control.
flag-runs-their-code-sources = Security researchers' reports on the “Contagious Interview” campaign (since late 2022; stealers such as OtterCookie); Socket's findings of malicious npm packages tied to it (197 packages with more than 31,000 downloads, and more than 300 by October 2025); reports of fake interview sites that tell candidates to install an app (2025); ESET on Operation DreamJob (job offers carrying malicious files).

flag-laptop-hosting = Hosting laptops for someone
flag-laptop-hosting-why = Taking in laptops that a company sent for its worker, keeping them switched on at your home, installing remote tools or a KVM switch, or forwarding the pay they earn: this “laptop farm” makes a worker abroad look like someone at your address. People who ran such set-ups knowingly were prosecuted.
flag-laptop-hosting-instead = Never receive, set up or keep online a computer that another person's employer sent. Refuse, keep the messages, and report the offer.
flag-laptop-hosting-sources = US Justice Department, 30 June 2025 (searches of 29 known or suspected laptop farms in 16 states, about 200 computers seized, remote access through KVM switches); the Chapman case (90+ laptops seized); the Knoot case (remote desktop apps on laptops at his home).

flag-kyc-for-hire = Verifying an account for someone else
flag-kyc-for-hire-why = “Just verify this exchange, Payoneer or Wise account with your ID and a selfie, 50 dollars”: the account is then theirs, in your name. Money from their schemes flows through it, and banks and police trace it to you. Banks close such accounts and can refuse you later.
flag-kyc-for-hire-instead = Never open, verify or hand over a bank, exchange or payment account for someone else, for any fee. If you already did, tell the bank or the platform at once and ask them to close it.
flag-kyc-for-hire-sources = Ukrainian banks' estimate that 10–20 % of new payment cards in 2025 may be tied to drop schemes (Globus Bank, October 2025) and draft law 14161 on a register of “drops” (October 2025); Vietnamese banks' warnings that renting out or selling bank accounts can be prosecuted (KienlongBank, 2025).

flag-unverified-company = Proof they control themselves
flag-unverified-company-why = A polished website, a company page, an “HR manager” on a second account, a contract PDF: front companies have all of these. In June 2025 US authorities seized 21 fraudulent websites built to make such workers look like US businesses. A check that only leads back to the recruiter proves nothing.
flag-unverified-company-instead = Verify through channels the recruiter does not control: the company's phone number found on your own (a business register, a directory you trust), an email to its official domain, the platform's own verification, or someone you know there.
flag-unverified-company-sources = US Justice Department, 30 June 2025: 21 fraudulent websites and 17 web domains seized; US State, Treasury and FBI advisory, May 2022 (front companies and fake profiles).

## B. What a hiring company sees in a proxy worker

flag-camera-avoidance = Avoiding the camera
flag-camera-avoidance-why = A candidate who will not turn on the camera (“my webcam is broken”), or whose time, place or looks do not match on camera, may not be the person in the application.
flag-camera-avoidance-instead = Meet on live video before hiring, and again during onboarding.
flag-camera-avoidance-sources = FBI and South Korean joint announcement, October 2023; Secureworks.

flag-interview-cheating = Stalling in the interview
flag-interview-cheating-why = Long pauses, eyes reading off-screen, and plausible but wrong answers suggest someone else is supplying the answers.
flag-interview-cheating-instead = Ask follow-up questions about the candidate's own past work, live.
flag-interview-cheating-sources = FBI and South Korean joint announcement, October 2023.

flag-profile-mismatch = Profiles that do not match
flag-profile-mismatch-why = A name, nationality, location, education or work history that differs between platforms points to a borrowed or invented identity.
flag-profile-mismatch-instead = Compare the profiles, and ask about the differences.
flag-profile-mismatch-sources = US State Department, Treasury and FBI advisory, May 2022; joint announcement, October 2023.

flag-synthetic-media = Altered photos and voices
flag-synthetic-media-why = AI-altered photos or documents, voice changers and, more and more, a face swapped live on camera make one person look like another. A live face swap often breaks when something passes in front of the face or the head turns far to the side.
flag-synthetic-media-instead = Check documents through an official process, and give every candidate the same cheap liveness check on a live call: turn the head to the side, pass a hand slowly across the face, hold up an object.
flag-synthetic-media-sources = Microsoft, “Jasper Sleet”, June 2025; FBI Internet Crime Complaint Center public service announcement on deepfakes in remote job interviews (2022); RCMP and Public Safety Canada advisory on North Korean IT workers (2025).

flag-login-anomalies = Strange logins
flag-login-anomalies-why = Logins from several IP addresses or countries, many accounts on one IP address, or VPNs such as Astrill suggest the work is done from somewhere else.
flag-login-anomalies-instead = Watch login records and require two-factor login on company accounts.
flag-login-anomalies-sources = US advisory, May 2022; South Korean advisory, 2022; Secureworks.

flag-payment-redirect = Payment sent elsewhere
flag-payment-redirect-why = Asking to be paid in crypto or into accounts abroad, or changing payment details often, is how the money leaves.
flag-payment-redirect-instead = Pay only into accounts in the contractor's own name, and check every change of details.
flag-payment-redirect-sources = US advisory, May 2022.

flag-laptop-redirect = The laptop goes somewhere else
flag-laptop-redirect-why = A request to ship the company laptop to a different address, insisting on a personal computer, or several remote-management tools on one machine, fit a laptop farm.
flag-laptop-redirect-instead = Ship only to the verified home address, and check which remote tools run on company devices.
flag-laptop-redirect-sources = Secureworks and Sophos on “Nickel Tapestry”.

flag-unreachable = Hard to reach
flag-unreachable-why = A worker who cannot be reached in business hours or by instant message may be in a different time zone than claimed.
flag-unreachable-instead = Agree on working hours and check that they hold.
flag-unreachable-sources = US advisory, May 2022.

flag-local-knowledge = No local knowledge
flag-local-knowledge-why = A candidate who cannot make small talk about their claimed home city or language, or who calls from a noisy call-centre room, may not live where they say.
flag-local-knowledge-instead = Ask friendly questions about the claimed home and language.
flag-local-knowledge-sources = PCMag on the Cinder case; SEAL frameworks (a community source).

flag-after-hire = Trouble after hiring
flag-after-hire-why = Copying company code to personal accounts, or extortion after being let go, are signs seen after a proxy worker was hired.
flag-after-hire-instead = Limit access to what the job needs and watch for copies to personal accounts.
flag-after-hire-sources = FBI public service announcement, January 2025; Secureworks.

flag-referral-ring = A ring of referrals
flag-referral-ring-why = A worker who recommends other “candidates”, or new GitHub accounts with back-filled history, may be part of a group placing several proxies.
flag-referral-ring-instead = Vet referred candidates as carefully as any other.
flag-referral-ring-sources = SEAL frameworks (a community source).
