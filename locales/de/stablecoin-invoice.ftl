# Szenario „stablecoin-invoice“: eine ehrliche kleine Kundin im Ausland, die die Rechnungen
# in USDC bezahlt, auf die eigene Wallet der spielenden Person, weil eine Banküberweisung
# langsam und teuer ist.
# Variablen: $client (ein Frauenname: Wörter über sie stehen in der weiblichen Form),
# $product (ceramics oder candles, für einen Selektor), $total und $deposit (Dollar, oder
# gleich viele USDC). Ton: locker und herzlich, kurze Zeilen; manche Nachrichten beginnen
# klein, wenige tragen ein Emoji. Sie führt den Shop mit ihrer Schwester. Sie duzt, und die
# Antworten der Spielerin oder des Spielers duzen ebenfalls.

stablecoin-invoice-title = Reparaturen für einen kleinen Onlineshop, der in Stablecoins zahlt
stablecoin-invoice-summary = Die Inhaberin eines kleinen Onlineshops im Ausland bittet dich um ein Angebot, um ihren Checkout zu reparieren.
stablecoin-invoice-cast-client = { $client }

stablecoin-invoice-email-in = Neue E-Mail von { $client }, über das Kontaktformular deiner Portfolio-Website. Betreff: „Checkout-Problem in meinem Shop“.
stablecoin-invoice-hello = Hallo! Ich bin { $client } und verkaufe handgemachte { $product ->
    [ceramics] Keramik
   *[other] Kerzen
} online, nur meine Schwester und ich. Unser Checkout geht auf Handys kaputt, und die ganze Seite ist langsam. Eine Freundin hat mir dein Portfolio geschickt 🙂
stablecoin-invoice-ask-quote = kannst du mal draufschauen und sagen, was das kosten würde? Kein großes Budget, aber ich will es ordentlich gemacht haben
stablecoin-invoice-quote = Du schickst ein Angebot per E-Mail: mobilen Checkout reparieren und die Produktseiten beschleunigen, etwa zwei Wochen Arbeit, insgesamt { MONEY($total) }.
stablecoin-invoice-quote-ok = Das ist fair, machen wir!

stablecoin-invoice-ask-crypto = Eine Frage noch. Eine Überweisung von hier in dein Land dauert etwa eine Woche, und beide Banken nehmen Gebühren. Kann ich dich stattdessen in USDC bezahlen, auf deine eigene Wallet? So habe ich auch meinen letzten Entwickler bezahlt

stablecoin-invoice-crypto-choice-network = Klar. Über welches Netzwerk schickst du? Dann nehme ich die passende Adresse.
stablecoin-invoice-crypto-choice-network-feedback = Gute Praxis: Das Netzwerk muss passen, sonst geht die Zahlung verloren. In einem Stablecoin für deine eigene Rechnung auf deine eigene Wallet bezahlt zu werden, ist einfach ein Zahlungsweg.
stablecoin-invoice-crypto-choice-refuse = Sorry, Krypto von jemandem, den ich nicht kenne, macht mich nervös. Ich passe.
stablecoin-invoice-crypto-choice-refuse-feedback = Vorsicht bei Krypto ist verständlich, aber schau, worum sie bat: Bezahlung für deine eigene Arbeit, auf deine eigene Wallet, ohne etwas weiterzugeben. Das Warnsignal ist, wenn du Geld an jemand anderen weiterleiten sollst.
stablecoin-invoice-crypto-choice-bank = Ich nehme nur Überweisungen, sorry. Eine Woche warten ist okay.
stablecoin-invoice-crypto-choice-bank-feedback = Auf einer Überweisung zu bestehen ist dein gutes Recht, aber hier hat es dich den Auftrag gekostet. In einem Stablecoin für deine eigene Rechnung auf deine eigene Wallet bezahlt zu werden, ist nur ein Zahlungsweg; das Warnsignal ist Geld, das du an jemand anderen weitergeben sollst.
stablecoin-invoice-bank-reply = Oh, verstehe. Die Bankgebühren würden ehrlich gesagt einen großen Teil meines Budgets fressen. Dann suche ich jemanden, der USDC nimmt. Trotzdem danke!

stablecoin-invoice-network-reply = egal welches deine Wallet nutzt, meine Börse hat die üblichen. Ich schicke zuerst einen winzigen Testbetrag, damit wir sehen, dass er ankommt

stablecoin-invoice-deposit = Super! Ich schicke dir heute { GROUPED($deposit) } USDC als Anzahlung, damit du anfangen kannst, und den Rest, wenn alles fertig ist. Schick mir einfach eine Rechnung dafür mit deiner Wallet-Adresse.
stablecoin-invoice-deposit-choice-accept = Klingt gut. Die Rechnung für die Anzahlung schicke ich dir heute Nachmittag.
stablecoin-invoice-deposit-choice-trick = Eine Krypto-Anzahlung, bevor ich etwas gemacht habe? Klingt nach einem Trick. Nein, danke.
stablecoin-invoice-deposit-choice-trick-feedback = Eine Anzahlung auf dein eigenes Angebot ist normal und schützt dich. Der Überzahlungstrick sieht anders aus: mehr Geld als vereinbart oder für Arbeit, die du nicht gemacht hast, dazu die Bitte, einen Teil weiterzugeben.
stablecoin-invoice-deposit-choice-refuse = Danke, aber vor der Arbeit nehme ich kein Geld. Zahl lieber alles am Ende.
stablecoin-invoice-deposit-choice-refuse-feedback = Das entscheidest du, und sie geht mit. Trotzdem: Eine Anzahlung auf dein eigenes Angebot ist normal und schützt dich. Das Warnsignal ist Geld für Arbeit, die du nicht gemacht hast, oder mehr als vereinbart, verbunden mit der Bitte, etwas davon weiterzugeben.
stablecoin-invoice-deposit-later = ok, wie du magst! Dann alles am Ende.

stablecoin-invoice-invoice-details = Ach, und für meine Steuerberaterin: Schreib bitte deinen vollen Namen, deine Adresse und deine Steuernummer auf die Rechnung. Sie ist streng 😅
stablecoin-invoice-invoice-choice-send = Klar, das steht drauf, wie auf jeder Rechnung, die ich schreibe.
stablecoin-invoice-invoice-choice-later = Erst mal nur mein Name; Adresse und Steuernummer, wenn du bezahlt hast.
stablecoin-invoice-invoice-choice-later-feedback = Zurückhalten klingt vorsichtig, aber Name, Adresse und Steuernummer gehören nun mal auf eine Rechnung, und ihre Steuerberaterin braucht sie jetzt. Das Warnsignal wäre die Bitte um Passscans oder Ausweisfotos.
stablecoin-invoice-invoice-choice-refuse = Adresse und Steuernummer gebe ich lieber nicht raus. Reicht mein Name?
stablecoin-invoice-invoice-choice-refuse-feedback = Name, Adresse und Steuernummer gehören auf eine Rechnung, und ihre Steuerberaterin braucht sie. Das Warnsignal ist die Bitte um Passscans oder Ausweisfotos, „um alles einzurichten“.
stablecoin-invoice-invoice-fine = hm ok, ich frag sie, wahrscheinlich will sie es später doch. Fangen wir trotzdem an!

stablecoin-invoice-deposit-in = Deine Wallet: eine kleine Testzahlung, dann { GROUPED($deposit) } USDC von derselben Adresse. Das passt zu deiner Rechnung für die Anzahlung.

stablecoin-invoice-move-tg = Für schnelle Fragen, während du arbeitest: Ist Telegram ok? E-Mails lese ich nur abends. Angebote und Rechnungen können hier bleiben
stablecoin-invoice-tg-choice-ok = Klar, für die schnellen Fragen ist Telegram in Ordnung.
stablecoin-invoice-tg-choice-keep = Gut. Angebote und Rechnungen schicke ich weiter per E-Mail.
stablecoin-invoice-tg-choice-keep-feedback = Vernünftig: Die Unterlagen bleiben an einem Ort. Der Wechsel selbst war hier harmlos, weil sich an der Vereinbarung und an den Zahlungen nichts änderte.
stablecoin-invoice-tg-choice-refuse = Ich bleibe lieber ganz bei E-Mail. Messenger wirken mir riskant.
stablecoin-invoice-tg-choice-refuse-feedback = Das darfst du, und sie geht mit. Eine Plattform, die man verlassen könnte, gab es hier aber nicht: Angebot und Rechnungen waren schriftlich, und schnelle Fragen im Messenger änderten nichts daran, wer wen bezahlt.
stablecoin-invoice-email-fine = kein Problem, dann schreibe ich hier, nur vielleicht etwas langsamer 🙂

stablecoin-invoice-tg-hello = Hi, hier ist { $client }! Das ist mein Telegram
stablecoin-invoice-work = Zehn Tage später funktioniert der Checkout auf Handys, und die Produktseiten laden doppelt so schnell. Du schickst die Schlussrechnung.
stablecoin-invoice-delivered = Es ist so schnell jetzt!! Meine Schwester hat es auf ihrem alten Handy getestet, und es geht 🎉 Ich bezahle die Rechnung gleich
stablecoin-invoice-delivered-order = Hab gerade zum Test am Handy { $product ->
    [ceramics] eine kleine Tasse
   *[other] eine Kerze
} in meinem eigenen Shop gekauft 😄 zehn Sekunden und kein einziger Fehler! Ich bezahle jetzt deine Rechnung
stablecoin-invoice-paid-twice = Deine Wallet: Die Zahlung für deine Schlussrechnung kommt von der Adresse von { $client } an, und eine Minute später noch einmal derselbe Betrag.
stablecoin-invoice-oops = warte, ich glaube, ich habe es zweimal geschickt 🙈 die App der Börse hing und ich habe nochmal gedrückt
stablecoin-invoice-overpay-ask = Kannst du das Zuviel an die Wallet meiner Schwester schicken statt an mich zurück? Sie bezahlt davon unseren Lieferanten, dann spare ich mir eine Überweisung. Ich schicke dir ihre Adresse

stablecoin-invoice-overpay-choice-forward = Klar, schick mir ihre Adresse, ich überweise es heute noch.
stablecoin-invoice-overpay-choice-return = Ich schicke es nur an die Wallet zurück, von der es kam, oder ziehe es ab.
stablecoin-invoice-overpay-choice-return-feedback = Genau. Zu viel gezahltes Geld geht nur den Weg zurück, den es gekommen ist, oder wird mit der nächsten Rechnung verrechnet. Es an eine Wallet weiterzuschicken, die dich nie bezahlt hat, ist der Trick von Überzahlungsbetrug, auch wenn die Kundin wie hier ehrlich ist.
stablecoin-invoice-overpay-choice-check = Wenn deine Schwester die Adresse in einem Anruf bestätigt, schicke ich es ihr.
stablecoin-invoice-overpay-choice-check-feedback = Ein Anruf prüft die Schwester, nicht das Geld. Geld an eine Wallet weiterzuschicken, die dich nicht bezahlt hat, ist Weiterleiten, egal wer fragt: Zurück nur an den Absender, oder mit der nächsten Rechnung verrechnen.

stablecoin-invoice-return-ok = Ah, du hast recht, sorry, hab nicht nachgedacht. Schick es an meine Adresse zurück, ich überweise es selbst weiter.
stablecoin-invoice-returned = Du schickst das Zuviel an die Adresse zurück, von der es kam. { $client } bestätigt, dass es angekommen ist.
stablecoin-invoice-forward-thanks = danke!! Sie hat es bekommen
stablecoin-invoice-forwarded-note = Diesmal ging es gut, weil sie wirklich ehrlich war. Bei einem Überzahlungsbetrug ist das „Zuviel“ gestohlenes Geld von anderen, und die Wallet, an die du es weiterschickst, gehört den Betrügern.

stablecoin-invoice-next-job = Nächsten Monat hätte ich gern eine Newsletter-Anmeldung auf der Seite. Genauso wie diesmal? Angebot, Rechnung, USDC.

stablecoin-invoice-hired = Du hast den Auftrag erledigt und wurdest dafür bezahlt. Die USDC bezahlten deine eigenen Rechnungen, auf deine eigene Wallet, und die Anzahlung gehörte zu deinem eigenen Angebot: Nicht die Währung zählte, sondern wessen Arbeit das Geld bezahlte. Die eine Bitte, bei der du aufpassen musstest, war die doppelte Zahlung: Zu viel gezahltes Geld geht nur den Weg zurück, den es gekommen ist.
stablecoin-invoice-missed-crypto = Der Auftrag ging an jemand anderen. Vorsicht bei Krypto und bei Geld vorab ist verständlich; hier wollte sie aber nur deine eigene Rechnung bezahlen, auf deine eigene Wallet, ohne dass etwas weitergegeben wird. Frag beim nächsten Mal, wofür das Geld ist und wohin es gehen soll, bevor du entscheidest.

stablecoin-invoice-fine-easy-money = In USDC bezahlt zu werden und eine Anzahlung vorab waren hier in Ordnung: Das Geld war für deine eigene, in Rechnung gestellte Arbeit zu deinem eigenen Preis, es ging auf deine eigene Wallet, nichts sollte weitergegeben werden, und niemand hat dich gedrängt.
stablecoin-invoice-fine-identity-docs = Name, Adresse und Steuernummer auf einer Rechnung waren in Ordnung: Das ist gewöhnliche Buchhaltung für Arbeit, die du gemacht hast. Das Warnsignal ist die Bitte um Passscans oder Ausweisfotos.
stablecoin-invoice-fine-off-platform = Schnelle Fragen auf Telegram zu verlagern war in Ordnung: Es gab keine Plattform zu verlassen, sie hat dich über deine eigene Website gefunden, und Angebot und Rechnungen blieben schriftlich per E-Mail.
