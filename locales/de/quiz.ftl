# Der Vorher-Nachher-Check: jede Nachricht so, wie sie ankäme, wer sie schreibt und warum sie
# Betrug ist oder nicht (nach Antworten in der Auffrischungsrunde). Struktur in data/quiz.ron.

quiz-rent-account-from = Kevin (neuer Kunde)
quiz-rent-account = Hi! Mein eigenes Konto wurde wegen regionaler Beschränkungen gesperrt. Lass uns bei deinem zusammenarbeiten: Ich logge mich ein und mache die Arbeit, du bekommst 1000 $ im Monat fürs Nichtstun. Deal?
quiz-rent-account-why = Wer sein verifiziertes Konto vermietet, begeht Identitätsbetrug im eigenen Namen: Das rechtliche Risiko und die dauerhafte Sperre trägst du. Upwork warnt selbst vor genau diesem „1000 $ im Monat“-Angebot.

quiz-anydesk-setup-from = Daniel (Projektleitung)
quiz-anydesk-setup = Der Vertrag steht! Installier bitte AnyDesk und lass deinen Laptop über Nacht an, damit unser Entwickler darüber arbeiten kann. Das schreibt die Sicherheitsrichtlinie von Upwork vor.
quiz-anydesk-setup-why = Kein echter Job braucht die Kontrolle über deinen Rechner, und keine Plattform schreibt das vor. Fernzugriff ist der Kern der Masche: Die Plattform sieht dich, während jemand anderes arbeitet.

quiz-stand-in-interview-from = Mike
quiz-stand-in-interview = Schneller Job: Du gehst als Kandidat ins Video-Interview, zeigst deinen Ausweis, und mein Entwickler beantwortet die Fachfragen über deinen Ohrhörer. 300 $ für 30 Minuten.
quiz-stand-in-interview-why = Dein Gesicht und deine Papiere würden für jemanden bürgen, den du nicht siehst. Laut FBI-Warnungen kommen Strohleute genau so an die Stellen.

quiz-forward-payment-from = Alex (Kunde)
quiz-forward-payment = Der Kunde zahlt auf dein Bankkonto. Behalte 20 % für deinen Aufwand und schick den Rest noch am selben Tag an diese USDT-Wallet.
quiz-forward-payment-why = Geld für andere annehmen und weiterleiten ist Geldwäsche als „Finanzagent“, auch gegen Gebühr. Wer das getan hat, wurde wegen Geldwäsche angeklagt.

quiz-skip-the-fees-from = Sarah, Talent Partner
quiz-skip-the-fees = Dein Profil gefällt mir! Sparen wir uns die Plattformgebühren: Schreib mir auf Telegram, dort machen wir den Vertrag. Upwork sagst du davon besser nichts.
quiz-skip-the-fees-why = Wer vor dem Vertrag die Plattform verlässt, verliert ihren Schutz, und die Bitte, es der Plattform zu verschweigen, ist schon für sich ein Warnsignal. Ehrliche Arbeit muss nichts verstecken.

quiz-family-account-from = Daniel (Projektleitung)
quiz-family-account = Pech, dein Konto wurde gesperrt. Hast du einen Bruder oder eine Cousine, die ein neues eröffnen könnten? Gleicher Deal, gleiches Geld.
quiz-family-account-why = Die Masche verbraucht eine Identität nach der anderen. Nach einer Sperre ist deine Familie das nächste Opfer.

quiz-funded-milestone-from = Priya (Kundin)
quiz-funded-milestone = Danke für dein Angebot! Ich habe dir über Upwork einen Auftrag geschickt, der erste Meilenstein ist schon finanziert. Fragen zur API gern hier im Upwork-Chat.
quiz-funded-milestone-why = Vertrag, Bezahlung und Gespräch bleiben auf der Plattform, mit finanziertem Meilenstein. So sieht eine ganz normale Kundin aus.

quiz-intro-video-call-from = Tom (Kunde)
quiz-intro-video-call = Bevor wir anfangen: Hast du Zeit für einen 20-minütigen Videocall? Dann zeige ich dir die Codebasis. Der Link steht hier im Chat, der Vertrag bleibt auf Upwork.
quiz-intro-video-call-why = Ein Kunde, der dich sehen und sprechen will, ist ein gutes Zeichen: Die Kamera meiden die Strohleute. Du trittst als du selbst auf, für deinen eigenen Vertrag.

quiz-time-tracker-from = Lena (Kundin)
quiz-time-tracker = Für den Stundenvertrag erfasse deine Zeit bitte mit der Upwork-Desktop-App. Sie macht Screenshots deiner eigenen Arbeit fürs Arbeitstagebuch, das schützt die Abrechnung nach Stunden.
quiz-time-tracker-why = Der Zeiterfasser der Plattform dokumentiert deine Arbeit für deinen Vertrag und gibt niemandem Kontrolle über deinen Rechner. Das ist etwas anderes, als für Fremde AnyDesk zu installieren.

quiz-bounty-payout-from = maintainer-bot
quiz-bounty-payout = Danke für den Pull Request! Die Prämie für dieses Issue zahlt das Projekt über sein Open Collective aus, sobald jemand aus dem Team ihn mergt. Du musst uns nichts schicken.
quiz-bounty-payout-why = Das Geld kommt über einen öffentlichen, nachvollziehbaren Weg zu dir, und nichts muss weitergeleitet werden. Warnsignal wäre Geld, das nur durch dich zu jemand anderem fließt.

quiz-brief-by-email-from = Maria, Agentur Northwind
quiz-brief-by-email = Jetzt, wo der Vertrag auf Freelancer unterschrieben ist, kommen hier das Projekt-Briefing und dein Zugang zu unserem Staging-Repository. Alles zur Bezahlung bitte weiter über die Plattform.
quiz-brief-by-email-why = E-Mail nach einem unterschriebenen Vertrag ist normal, und die Bezahlung bleibt auf der Plattform. Das Warnsignal ist, die Plattform vor dem Vertrag zu verlassen.

quiz-tax-settings-from = Upwork
quiz-tax-settings = Bitte erledigen: Trag deine Steuerdaten unter Einstellungen › Steuerinformationen ein, bevor du das nächste Mal Geld abhebst. Wir fragen nie im Chat nach deinen Dokumenten.
quiz-tax-settings-why = Steuerdaten fragt die Plattform in ihren eigenen Einstellungen ab, nicht ein Fremder im Chat. Ausweis-Scans an einen „Kunden“ zu schicken, wäre das Warnsignal.
