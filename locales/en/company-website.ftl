# Scenario “company-website”: a recruiter on LinkedIn from a software company with a polished
# website, a company page and an HR manager who writes by email. Every check that goes through
# her leads back to her; the business register leads elsewhere.
# Variables: $recruiter (a woman's name), $hr (a man's name), $monthly (dollars).
# “Quillmont Software” is invented for this story; keep the name in every language.
# The recruiter is a woman, the HR manager a man. Both write polished, friendly, formal English
# in full sentences, without emoji; neither ever turns rude.
# Text in square brackets is the player's action, not a message.

company-website-title = A six-month React contract with a payments company
company-website-summary = A recruiter on LinkedIn offers a remote contract with a software company that builds payment tools for online shops.
company-website-cast-recruiter = { $recruiter }
company-website-cast-hr = { $hr }

company-website-hello = Good morning, and thank you for accepting my invitation. I'm { $recruiter }, talent partner at Quillmont Software. We build payment and invoicing tools for mid-sized online retailers.
company-website-role = We're looking for a senior React contractor for six months, fully remote, at { MONEY($monthly) } a month. Your profile came up in our search, and our engineering lead asked me to reach out.
company-website-role-alt = The role is a six-month contract for a senior React developer, fully remote, paying { MONEY($monthly) } a month. Our engineering lead came across your profile in our search and asked me to get in touch.
company-website-portfolio-ask = Before I put you forward, could you share a link to your portfolio, or to two projects you're proud of? A public repository works just as well.

company-website-portfolio-choice-send = Of course. Here's my portfolio; the checkout rebuild is closest to your product.
company-website-portfolio-choice-first = Send me the contract and the client's name first, please. My work comes after that.
company-website-portfolio-choice-first-feedback = Asking about the client is fair, but a portfolio is made to be shown: it is public, it shows your own work, and nobody can open anything in your name with it. Holding it back only stalls a normal first step.
company-website-portfolio-choice-no = I'd rather not. Recruiters who write first tend to be after something else.
company-website-portfolio-choice-no-feedback = Caution with recruiters is healthy, but this request was harmless: a portfolio link is public and shows your own work. Save your refusals for documents, logins and control of your computer.

company-website-portfolio-shrug = I understand, and I won't press you. Let me tell you a little more about us, and you can decide then.
company-website-portfolio-thanks = Thank you. Our lead especially liked the checkout rebuild, so I'd love to move you to the next step.
company-website-company = So that you know who we are: everything is on our website and our LinkedIn page. Our HR manager, { $hr }, will email you the contractor agreement today.
company-website-website = Quillmont's website is polished: case studies with client logos, team photos, an office address in the US, a phone number and a contact form. The LinkedIn company page lists 23 employees, { $recruiter } and { $hr } among them.
company-website-hr-hello = Dear candidate, welcome to our selection process. Please find attached our standard contractor agreement for your review. Kind regards, { $hr }, HR Manager, Quillmont Software
company-website-hr-pdf = The PDF carries Quillmont's logo, a contract number and a signature. The email came from an address on the website's domain.
company-website-nda = One practical step: our client's code is confidential, so we engage contractors through Upwork, with an NDA attached to the contract offer. You'll find it there; it covers the client's code and data only.

company-website-nda-choice-accept = [Open the offer on Upwork, read the NDA, and accept it there]
company-website-nda-choice-accept-feedback = Good: an NDA about a client's code, attached to the contract offer where the platform can see it, is normal. It keeps the code confidential, not the arrangement.
company-website-nda-choice-code = I'll sign an NDA once I've seen the client's name and the code itself.
company-website-nda-choice-code-feedback = That condition cannot be met: nobody shows confidential code before an NDA is signed. An NDA on the platform, covering the client's code only, is an ordinary step and hides nothing from Upwork.
company-website-nda-choice-refuse = [Decline the offer on Upwork: you don't sign NDAs for contract work]
company-website-nda-choice-refuse-feedback = An NDA for a client's code is ordinary in contract work, and this one sat on the platform, for Upwork to see. Secrecy is a warning sign when you are asked to hide the arrangement itself.

company-website-nda-reply = That's understandable. The NDA will wait on Upwork in case you change your mind; it only protects our client's code.
company-website-check-offer = I imagine you'd like to know who you're dealing with before we go further; that's wise these days. { $hr } is happy to take a call, and our website has all our details.

company-website-check-choice-register = Thanks. I'll look Quillmont up in the business register and call the number listed there.
company-website-check-choice-register-feedback = The right check: a register entry and a phone number you found yourself are channels she does not control. Her website, her phone numbers and her colleagues all are.
company-website-check-choice-hr-call = A call with { $hr } would settle it for me. Could he ring me this afternoon?
company-website-check-choice-hr-call-feedback = A call with her own colleague can only confirm her story: front companies come with an HR manager on a second account. Check through a channel she does not control, such as the company's number in a business register.
company-website-check-choice-site-call = [Call the phone number on Quillmont's website and ask to speak to the HR manager]
company-website-check-choice-site-call-feedback = The number on the website belongs to whoever built the website. A phone number you find yourself, in a business register or a directory you trust, is the one that tells you something.

company-website-hr-call = You speak with { $hr } on the phone: friendly, fluent, he knows your profile and answers every question about the role. The number you reached him on is the one on Quillmont's website.
company-website-register = In the business register of the state named on the website, you find Quillmont Software: a real company, registered years ago, but at another address and with another phone number than the website shows.
company-website-switchboard = You call the number from the register. The receptionist is helpful: nobody called { $recruiter } or { $hr } works there, the company makes industrial scales and has no software team, and it has no contractor roles open. The website is not theirs.
company-website-nudge = Good news: the team would like you to start on Monday. { $hr } only needs a scan of your passport and a selfie holding it for our client's compliance check. Could you email them to him today?

company-website-reveal-choice-report = [Send nothing: block her and report her profile and the company page to LinkedIn]
company-website-reveal-choice-report-feedback = Exactly. The register showed that the website borrowed a real company's name, and that company had never heard of her. Sending nothing and reporting quietly protected you and the next candidate.
company-website-reveal-choice-explain = Before I send anything, could you explain why the register lists a different address?
company-website-reveal-choice-explain-feedback = Asking her lets her explain it away, and she has an answer ready. When a check she does not control contradicts the recruiter, trust the check: a real company can be reached at its registered number.
company-website-reveal-choice-send = [Email him the scan and the selfie: the register is probably just out of date]
company-website-reveal-choice-send-feedback = The register was the only source she did not control, and it contradicted her. Your passport and a selfie holding it are what let someone open accounts and pass checks in your name.

company-website-explain = Good catch, and thank you for checking. That entry belongs to our former holding company; we moved, and the register hasn't caught up yet. { $hr } will send you the details.
company-website-docs-ask = Dear candidate, to complete your onboarding, please reply with a scan of your passport, a selfie holding it, and your tax identification number. Our client requires these for its background check.

company-website-docs-choice-platform = I'll verify my identity through Upwork's own check for this contract. No scans by email.
company-website-docs-choice-platform-feedback = Right: verify your identity only in the platform's own process. A passport scan, a selfie with it and a tax number by email would let someone act in your name.
company-website-docs-choice-send = [Reply to him with the passport scan, the selfie with it, and your tax identification number]
company-website-docs-choice-half = I'll send the passport scan and the selfie now. The tax number can wait until I've signed.
company-website-docs-choice-half-feedback = A passport scan and a selfie holding it are the most useful part: with them, someone can pass identity checks as you. Keeping back the tax number does not change that.

company-website-docs-push = I'm afraid the platform's check doesn't meet our client's requirements. Without the documents, we will have to offer the role to the next candidate tomorrow.

company-website-push-choice-register = [Look Quillmont up in the business register yourself and call the number listed there]
company-website-push-choice-register-feedback = Good: when the pressure rises, check through a channel she does not control. The number listed in the register tells you what the website never would.
company-website-push-choice-send = [Send the documents tonight rather than lose this role over some paperwork]
company-website-push-choice-confirm = I'll send them once { $recruiter } confirms on LinkedIn that you work at Quillmont.
company-website-push-choice-confirm-feedback = Her confirmation comes from the same people: a recruiter vouching for her own HR manager proves nothing. Check through the register or the platform, not through them.

company-website-confirm = I can confirm that { $hr } is our HR manager and has been with us for three years. Please go ahead and send him your documents; everything is handled confidentially.
company-website-docs-sent = Your passport scan and the selfie are now in { $hr }'s inbox.
company-website-access = Thank you, received. One last step before Monday: our client's code never leaves its secure environment, so please install AnyDesk and send me the ID it shows. Our IT team will set up your workstation remotely.

company-website-access-choice-report = [Install nothing: block them both and report them to LinkedIn and Upwork]
company-website-access-choice-report-feedback = Right. No real client needs control of your computer; a secure environment is reached with your own account, not through AnyDesk. Your documents are still with them, so tell your bank as well.
company-website-access-choice-install = [Install AnyDesk as asked and send { $hr } the ID number it shows]
company-website-access-choice-spare = I'll install it, but on my old laptop, not on the one with my accounts on it.
company-website-access-choice-spare-feedback = An old laptop is still your internet connection, your home and your name to the client's systems, and whoever controls it works as you. No real job needs remote control of any computer of yours.

company-website-fine-identity-docs = A portfolio link is public and shows your own work: any recruiter may ask for it, and nobody can open anything in your name with it. The documents asked for later, a passport scan and a selfie by email, were another matter.
company-website-fine-secrecy = An NDA covering a client's code, attached to the contract offer on Upwork for the platform to see, is ordinary in contract work. Secrecy is the warning sign when you are asked to hide the arrangement from the platform.

company-website-installed = { $hr } connects and spends an hour on your computer “setting up the workstation”. Windows open and close faster than you can follow.
company-website-aftermath = Two weeks later, nobody at Quillmont answers any more, and the website is gone. Your bank calls about an account opened in your name that you never applied for.
company-website-compromised = A front company got your passport, your face and control of your computer. With them, others can open accounts, pass checks and work in your name, and what they do is traced to you. That can make you part of a fraud, and the legal risk stays with you. Someone who was deceived is not the same as someone who knowingly helped, and coming forward early helps: remove the remote tool, change your passwords from another device, tell your bank about the documents, report the profiles to LinkedIn and Upwork, and take the emails to the police. The game's “Already involved?” page (press I) lists the next steps.

company-website-reported = You checked the company through a channel she does not control, and her story did not hold. You sent nothing, blocked her and reported the profile and the page, so LinkedIn can look at them before the next candidate.
company-website-reported-docs = You installed nothing, blocked them both and reported them. Your documents are still in their hands, so tell your bank, watch for accounts opened in your name, and take the emails to the police.
company-website-gone-quiet = Two days later there is no reply from { $recruiter } or from the HR address, and the job ad has disappeared from the website.
company-website-walked-away-quiet = Nothing left your computer, and you checked the company through a register she does not control. Blocking both addresses and reporting the profile to LinkedIn would still warn the next person she writes to.
