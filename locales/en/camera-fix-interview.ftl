# Scenario “camera-fix-interview”: a recruiter on LinkedIn invites you to interview for a
# remote backend role at Halvex Labs, a crypto payments startup (a made-up company). The
# traps: an “own meeting client” to install, and a command to paste when the camera “fails”.
# Variables: $recruiter (a man's name), $cto (a woman's name: the interviewer), $monthly
# (dollars a month), $weekday (tuesday or thursday, for a selector).
# Voice: polished. Both write full, correct sentences with capitals, friendly and efficient,
# no emoji. German: both say Sie, and the player answers with Sie.
# Harmless: the skills questionnaire (identity-docs) and the video interview with the camera
# on (proxy-verification).

camera-fix-interview-title = A backend role at a payments startup
camera-fix-interview-summary = A recruiter on LinkedIn invites you to interview for a remote senior backend position.
camera-fix-interview-cast-recruiter = { $recruiter }
camera-fix-interview-cast-cto = { $cto }

camera-fix-interview-li-request = New message on LinkedIn from { $recruiter }, Talent Partner at Halvex Labs.
camera-fix-interview-li-hello = Hello, and thank you for connecting. I'm { $recruiter }, Talent Partner at Halvex Labs. We build payment infrastructure for crypto exchanges, and your backend work on GitHub caught our CTO's eye.
camera-fix-interview-li-hello-alt = Good afternoon, and thanks for accepting my invitation. My name is { $recruiter }, and I look after engineering hiring at Halvex Labs. We make payment infrastructure for crypto exchanges, and our CTO asked me to get in touch after reading your open-source code.
camera-fix-interview-li-role = We're hiring a senior backend engineer: fully remote, { MONEY($monthly) } a month, on a contract in your own name. The process is short: a few questions, one video interview with our CTO, then an offer.
camera-fix-interview-questionnaire = To start, could you answer five quick questions here? Your main languages, your years of backend work, your time zone, your notice period and your salary expectations.

camera-fix-interview-q-choice-answer = Sure. Go and Node, eight years of backend, a month's notice; the range suits me.
camera-fix-interview-q-choice-later = I'd rather not share any of that before I've seen a written offer from your company.
camera-fix-interview-q-choice-later-feedback = These are the questions every recruiter asks, and they are about your work, not your identity. Keep your no for what lets someone act as you or on your computer: documents, logins, installs.
camera-fix-interview-q-choice-leave = Salary and notice period in the second message? Too fast for me, I'll pass.

camera-fix-interview-q-later-reply = Understood. We can go through those points in the interview instead.
camera-fix-interview-q-thanks = Thank you, that's a strong match for what we need.

camera-fix-interview-proof = Before we book the interview, you'll want to know who we are. Our website lists the team and our seed round, our company page here shows forty employees, and our COO can confirm the role by email if that helps.
camera-fix-interview-proof-choice-own = Thanks. I'll look Halvex up in a company register myself and call the number there.
camera-fix-interview-proof-choice-own-feedback = That is the check that counts: a source the recruiter does not control. A website, a company page and an email from “the COO” can all be made by the same people.
camera-fix-interview-proof-choice-site = Your website and the company page look solid to me. That's enough, thank you.
camera-fix-interview-proof-choice-site-feedback = A polished site and a page full of employees are exactly what front companies build: in June 2025 US authorities seized 21 fraudulent websites made to pass such workers off as real businesses. Check through a source the recruiter does not control.
camera-fix-interview-proof-choice-coo = An email from your COO would settle it for me. Could you ask her to write to me?
camera-fix-interview-proof-choice-coo-feedback = An email from “the COO” comes from a domain the same people run, so it only repeats what the recruiter told you. Look for a source they cannot write: a company register, a phone number you find yourself.

camera-fix-interview-own-check = You search for Halvex Labs on your own. Apart from its website, set up a few months ago, and its company page, you find nothing: no register entry you can match, no phone number except the one on the site. You cannot confirm the company. You decide to go on carefully: a conversation costs you nothing, but nothing of theirs will run on your computer.
camera-fix-interview-coo-mail = An email arrives from an address on Halvex's own domain. The COO confirms the role in two friendly lines and wishes you luck.

camera-fix-interview-interview-ask = The next step is a 45-minute video interview with our CTO, { $cto }, on { $weekday ->
    [tuesday] Tuesday
   *[other] Thursday
}. Cameras on, please: we like to see the people we hire.
camera-fix-interview-video-choice-yes = Fine with me, camera on. Please send me the invitation.
camera-fix-interview-video-choice-chat = Could we do it in writing? I'm uneasy on camera with strangers.
camera-fix-interview-video-choice-chat-feedback = A video interview in which you appear as yourself, for a job you would do yourself, is normal and gives nothing away. The danger in this story lies elsewhere: in what they want to run on your computer.
camera-fix-interview-video-choice-pass = With all the deepfake news, video calls worry me. I'll pass.

camera-fix-interview-chat-reply = I understand. Our CTO only interviews on video, though: we want to know we're talking to the real candidate. I'll send you the invitation, and you decide.

camera-fix-interview-invite = Subject: Your interview with Halvex Labs. Our interviews run on Halvex Meet, our own encrypted meeting client; Zoom and Google Meet links are not allowed under our compliance policy. Please install it from the download link in this email before the call. It takes two minutes.
camera-fix-interview-app-choice-install = [Download Halvex Meet from the link in the email and run the installer]
camera-fix-interview-app-choice-once = I'll install it only for the interview and uninstall it right after.
camera-fix-interview-app-choice-once-feedback = Uninstalling afterwards comes too late: once an installer runs, it can copy your passwords, browser sessions and wallet keys in seconds. Join calls only with a meeting app you already use, installed from its official site.
camera-fix-interview-app-choice-own = I only join calls with apps I already use. Can you send a Meet or Zoom link?
camera-fix-interview-app-choice-own-feedback = Right. Any real company can meet you on an ordinary meeting app. Fake interview sites have told candidates to install their own app or to paste a command to fix the camera: that download is the trap.

camera-fix-interview-installed = Halvex Meet installer: it asks for your computer's password, then opens a meeting window with the Halvex logo.
camera-fix-interview-own-app-reply = It's unusual for us, but I'll make an exception. You'll get a Google Meet link for the same time.

camera-fix-interview-call-start = The video call. { $cto } and { $recruiter } are on camera in a bright office. You join with your camera on.
camera-fix-interview-cto-hello = Good to meet you. Let's start with your last project: how did you make your payment service safe to retry?
camera-fix-interview-call-talk = You talk for ten minutes about queues and idempotency keys. Her follow-up questions are sharp.
camera-fix-interview-cam-black = Sorry to interrupt. Your video has been black on our side for a minute; we can only hear you.
camera-fix-interview-cmd = { $recruiter } posts a long one-line command in the call chat.
camera-fix-interview-cam-fix = This happens on some laptops after a system update. Our IT support has a quick fix: open Terminal, paste the line I just sent and press Enter. It resets the camera driver in ten seconds.

camera-fix-interview-fix-choice-paste = Okay, pasting it now. I don't want to keep your CTO waiting on me.
camera-fix-interview-fix-choice-read = Let me read it first. If it only touches the camera, I'll run it.
camera-fix-interview-fix-choice-read-feedback = One line can download and start a whole program you never get to read. Whatever it claims to fix, a command from a recruiter runs their code on your computer.
camera-fix-interview-fix-choice-phone = I don't paste commands from a chat. I'll rejoin from my phone.
camera-fix-interview-fix-choice-phone-feedback = Right. No interviewer needs you to run their command. If your camera really fails, rejoin from another device or move the interview.

camera-fix-interview-push = I'm afraid that won't do: we need to see you on the computer you would work from, it's part of our security check. { $cto } has five minutes left, and we close the role today. Please just run the fix.
camera-fix-interview-push-choice-give = Okay, the role is worth a small risk. Running it now, one sec.
camera-fix-interview-push-choice-file = Could you send the fix as a file instead? I'd like to scan it first.
camera-fix-interview-push-choice-file-feedback = A scan that finds nothing does not make their program safe, and opening their file runs their code just as the command would. Leave the call: a real employer can reschedule.
camera-fix-interview-push-choice-report = [Leave the call, then block him and report his profile to LinkedIn]
camera-fix-interview-push-choice-report-feedback = A quiet exit is best. Deadlines and “just run it” are the pressure; leaving costs you nothing, and the report lets LinkedIn look at the profile before the next developer gets the same invitation.

camera-fix-interview-file-sent = A file named camera_fix arrives. Your antivirus finds nothing, so you open it. The camera stays black.
camera-fix-interview-pasted = A window flashes open and closes again. Your camera still shows black.
camera-fix-interview-after-paste = Thank you. It may need a restart to take effect. { $cto } has to leave for another meeting; we'll be in touch about the next steps.
camera-fix-interview-days-later = Two days later: sign-in alerts from your GitHub and email accounts, and your browser wallet shows a transfer you never made. The Halvex website is gone, and so is the recruiter's profile.

camera-fix-interview-compromised = The fix was their program. It ran on your computer and took what it found: saved passwords, browser sessions, wallet keys. Fake interviews built for this have targeted developers since 2022, often for crypto and fintech roles, and they are made to catch people who want the job. From another device, change your passwords, sign out of every session, move what is left in your wallets to new ones and replace any keys that were on that computer. Then have it cleaned or reinstalled before you use it again.
camera-fix-interview-reported = You left the call, blocked him and reported the profile. Nothing of theirs ran on your computer, and LinkedIn can now look at the profile before the next developer gets the same invitation.
camera-fix-interview-reported-installed = You blocked him and reported the profile, and that helps the next candidate. But the Halvex Meet installer had already run with your password, so treat that computer as compromised. From another device, change your passwords, sign out of every session, move your crypto to new wallets and replace any keys that were on it. Then have the computer cleaned or reinstalled.
camera-fix-interview-walked-away-q = You left before anything of yours was at stake, and that was safe. But his questions were the ones every recruiter asks. Keep your no for requests that put someone else's code on your computer or let someone act in your name.
camera-fix-interview-walked-away-video = You left safely. The video interview itself was not the danger, though: you would have appeared as yourself. Keep your no for the moment someone asks you to install their app or run their command.

camera-fix-interview-fine-identity-docs = The questionnaire asked about your work: languages, years of experience, time zone, notice period, salary range. Every recruiter asks that. Documents, logins and installs are what let someone act in your name or on your computer.
camera-fix-interview-fine-proxy-verification = A video interview with your camera on was fine: you would appear as yourself, for a job you would do yourself. The danger in this call was not the camera but what came with it: their app and their command.
