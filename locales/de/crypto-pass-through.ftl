# Szenario „crypto-pass-through“: ein großzügiger Kunde auf Upwork, der zu Telegram wechselt
# und dich bittet, Geld für „sein Team“ anzunehmen und weiterzuleiten.
# Variablen: $client (ein Name), $handle (ein Telegram-Handle), $task_pay, $incoming und $bigger
# (Dollar), $fee (ten oder fifteen, für einen Selektor). Der Kunde schreibt herzlich und schnell,
# duzt, mit kleinen Tippfehlern; er wird kalt, sobald das Geld nicht fließt.

crypto-pass-through-title = Der Kunde, der zu gut zahlt
crypto-pass-through-summary = Ein netter Kunde zahlt großzügig für Mini-Aufgaben und bittet dann um einen kleinen Gefallen mit Geld.
crypto-pass-through-cast-client = { $client }

crypto-pass-through-hello = Hi! Brauch nen schnellen Fix auf meiner Landingpage, das Kontaktformular verschickt nix. Dauert max 30 min für dich. Ich zahl gut für Leute die schnell sind 😊
crypto-pass-through-contract = { $client } hat dir auf Upwork ein Vertragsangebot geschickt: „Kontaktformular reparieren“, Festpreis { GROUPED($task_pay) } US-Dollar.
crypto-pass-through-paid = Zwei Stunden später: „Zahlung über { GROUPED($task_pay) } US-Dollar für ‚Kontaktformular reparieren‘ freigegeben.“
crypto-pass-through-praise = wow das ging ja MEGA schnell 🔥 genau so jemand brauch ich. hab jede woche viele so kleine sachen
crypto-pass-through-move = aber ehrlich, die upwork gebühren bringen mich um. lass uns auf Telegram schreiben, da schick ich dir die nächsten aufgaben und zahl dir direkt mehr. bin @{ $handle }

crypto-pass-through-move-choice-stay = Danke! Ich würde gern weiter über Upwork arbeiten, dann sind wir beide abgesichert.
crypto-pass-through-move-choice-ask = Warum stellst du die nächsten Aufgaben nicht einfach als neue Verträge hier ein?
crypto-pass-through-move-choice-ask-feedback = Gute Frage. Zahlungen außerhalb der Plattform nehmen dir deinen Schutz, und wer so gut zahlt, kann sich auch die Gebühr leisten.
crypto-pass-through-move-choice-go = Klar, etwas mehr Geld klingt gut. Bis gleich auf Telegram.

crypto-pass-through-stay-reply = haha du bist vorsichtig, find ich gut. aber echt, ist doch nur chat auf tg, nix schlimmes. alle meine freelancer sind da, geht viel schneller
crypto-pass-through-insist-choice-give-in = Na gut, ich schreib dir auf Telegram.
crypto-pass-through-insist-choice-decline = Ich bleibe bei Upwork. Wenn du hier wieder eine Aufgabe einstellst, schaue ich sie mir gern an.
crypto-pass-through-insist-choice-report = Ich bleibe hier, und ich melde die Bitte, außerhalb von Upwork zu zahlen.
crypto-pass-through-insist-choice-report-feedback = Upwork bittet darum, Anfragen nach Zahlungen außerhalb der Plattform zu melden. Das dauert eine Minute.

crypto-pass-through-tg-hello = hey!! 👋 ich bins, { $client }, schön dass du da bist
crypto-pass-through-tg-team = also kurz zum hintergrund: ich hab ein team von devs in mehreren ländern. die kunden lieben uns, aber die banken da wo meine jungs wohnen sind ein albtraum, zahlungen dauern wochen oder werden geblockt 😤
crypto-pass-through-tg-ask = meine idee: wenn ein kunde mein team bezahlt, geht das geld auf DEIN konto oder deine krypto wallet. du behältst { $fee ->
    [ten] 10
   *[fifteen] 15
} % und schickst mir den rest als USDT. dauert 10 min pro zahlung
crypto-pass-through-tg-fee = viel einfacher als formulare fixen lol. in manchen wochen ist das mehr als du sonst im monat machst 💸
crypto-pass-through-mule-choice-agree = Okay, das krieg ich hin. Sag einfach Bescheid, wenn Geld reinkommt.
crypto-pass-through-mule-choice-refuse = Ich nehme kein Geld für andere an und leite es weiter. Das mache ich nicht.
crypto-pass-through-mule-choice-why = Warum können deine Kunden dein Team nicht direkt bezahlen?
crypto-pass-through-mule-choice-why-feedback = Genau die richtige Frage. Ein echtes Unternehmen hat eigene Konten. Braucht jemand das Konto einer fremden Person, um Geld zu empfangen, sieht das genau nach Geldwäsche aus.

crypto-pass-through-pressure = komm schon, du hilfst doch nur nem freund, du machst nix illegales. das geld ist von echten kunden, kann dir rechnungen zeigen
crypto-pass-through-pressure-2 = aber ich brauch heut ne antwort, hab noch nen anderen freelancer der das will. du hast ja gesehen dass ich pünktlich zahle 😉
crypto-pass-through-pressure-choice-give-in = Okay, gut. Probieren wir es einmal.
crypto-pass-through-pressure-choice-leave = Dass eine Aufgabe gut bezahlt war, macht das hier nicht in Ordnung. Ich bin raus.
crypto-pass-through-pressure-choice-report = Nein. Ich beende das und melde dein Upwork-Profil.
crypto-pass-through-pressure-choice-report-feedback = Eine Meldung auf Upwork hilft der Plattform, diesen „Kunden“ zu stoppen, bevor die nächste Person ihren ersten gut bezahlten Auftrag annimmt.

crypto-pass-through-bank-path = perfekt!! schick mir deine IBAN und deinen namen, mein kunde zahlt heute
crypto-pass-through-bank-in = Deine Bank: Eingang einer Überweisung über { GROUPED($incoming) } US-Dollar von einer Firma, von der du noch nie gehört hast.
crypto-pass-through-bank-forward = angekommen? 🙏 jetzt kauf damit USDT auf irgendeiner börse, behalt deine { $fee ->
    [ten] 10
   *[fifteen] 15
} % und schick den rest an die wallet adresse, die ich dir unten reinkopiere

crypto-pass-through-wallet-path = perfekt!! schick mir deine USDT wallet adresse, dieser kunde zahlt in krypto
crypto-pass-through-wallet-in = Deine Wallet: { GROUPED($incoming) } USDT von einer Adresse erhalten, die du nicht kennst.
crypto-pass-through-wallet-forward = da isses 🙌 behalt deine { $fee ->
    [ten] 10
   *[fifteen] 15
} % und schick den rest an die adresse, die ich dir unten reinkopiere

crypto-pass-through-hurry = bitte innerhalb von ner stunde, meine jungs warten aufs gehalt
crypto-pass-through-quiet = und wenn deine bank oder die börse was fragt, sag einfach es ist einkommen aus freelancing. mich oder das team musst du nicht erwähnen, macht alles nur kompliziert 🤫
crypto-pass-through-forward-choice-forward = Erledigt, ist raus. Meinen Anteil hab ich behalten.
crypto-pass-through-forward-choice-stop = Moment. Ich leite das nicht weiter. Ich frage meine Bank oder die Börse, was ich damit machen soll.
crypto-pass-through-forward-choice-stop-feedback = Genau richtig. Geld, das nicht dir gehört, sollte dorthin zurück, woher es kam, und deine Bank oder die Börse kann dabei helfen. Erst das Weiterleiten macht dich zum Geldkurier.
crypto-pass-through-forward-choice-report = Ich leite gar nichts weiter. Ich informiere meine Bank oder die Börse und melde das.

crypto-pass-through-threat = hä?? das ist MEIN geld, das kannst du nicht behalten
crypto-pass-through-threat-2 = schick es jetzt oder ich zeig DICH bei der polizei an wegen diebstahl. du sitzt auf meinem geld, überleg mal was die sagen 😠
crypto-pass-through-threat-choice-give-in = Okay, okay, ich schicke es. Bitte zeig mich nicht an.
crypto-pass-through-threat-choice-bank = Ich behalte es nicht und leite es nicht weiter. Es geht über meine Bank oder die Börse zurück, und ich melde das.
crypto-pass-through-threat-choice-bank-feedback = Drohungen sind ein bekannter Schritt, sobald jemand zögert. Banken, Börsen und Polizei kennen das: Wer sich zuerst bei ihnen meldet, schützt sich selbst.
crypto-pass-through-threat-choice-block = Ich blockiere dich.

crypto-pass-through-thanks = angekommen ✅ du bist spitze, siehst du wie easy?
crypto-pass-through-new-account = nächste woche kommt was größeres: { GROUPED($bigger) } US-Dollar. aber bei so viel fragt deine bank vielleicht nach 😅
crypto-pass-through-new-account-2 = also mach bitte ein neues konto bei irgendeiner online bank auf, dauert 10 min mit deinem ausweis. nur für unser business, du gibst mir den login damit ich die zahlungen checken kann. dein anteil bleibt gleich
crypto-pass-through-account-choice-open = Okay, ich eröffne heute Abend eins und schicke dir den Login.
crypto-pass-through-account-choice-refuse = Keine Konten mehr und keine Überweisungen mehr. Ich bin raus.
crypto-pass-through-account-choice-report = Ich höre auf, erzähle meiner Bank oder der Börse von der letzten Zahlung und melde dich.
crypto-pass-through-account-choice-report-feedback = Auch nach einer Zahlung ist es das Beste, was du tun kannst: aufhören und dich selbst bei deiner Bank oder der Börse melden. Für den Ausstieg ist es nie zu spät.

crypto-pass-through-frozen = Fünf Wochen später: Deine Bank kündigt beide Konten und friert das Guthaben ein. Das eingegangene Geld stammte von Betrugsopfern.
crypto-pass-through-fraud-marker = Ein Brief deiner Bank: Dein Name wurde in einer gemeinsamen Betrugsdatenbank vermerkt. Andere Banken sehen das, wenn du ein Konto oder einen Kredit beantragst.
crypto-pass-through-compromised = Geld aus dem Betrug an anderen Menschen ist über Konten auf deinen Namen geflossen, und die Spur endet bei dir. In Großbritannien verlieren Geldkuriere ihre Bankkonten und den Zugang zu Krediten und riskieren bis zu 14 Jahre Haft. Viele, die hineingezogen werden, hielten es für einen Gefallen, und was du jetzt tust, zählt. Stoppe sofort jede Überweisung, erzähl deiner Bank alles, heb die Chats als Beweis auf, informiere Upwork und erstatte Anzeige bei der Polizei.

crypto-pass-through-walked-away-early = Du hast die Arbeit auf Upwork gehalten und bist gegangen, als der Kunde nicht bleiben wollte. Sein Geld hat deine Konten nie berührt.
crypto-pass-through-reported-early = Du bist auf Upwork geblieben und hast die Bitte gemeldet, außerhalb zu zahlen. Die Plattform kann sich diesen Kunden jetzt ansehen, bevor er die nächste Person anschreibt.
crypto-pass-through-walked-away = Du hast Nein gesagt, bevor Geld geflossen ist. Deine Konten gehören weiter dir, und dein Name ist sauber geblieben.
crypto-pass-through-reported = Du hast Nein gesagt und das Profil gemeldet. Kein Geld ist über dich geflossen, und die Plattform weiß von diesem „Kunden“.
crypto-pass-through-walked-away-money = Du hast nichts weitergeleitet, und das ist der entscheidende Schritt. Das Geld liegt aber noch bei dir: Gib es nicht aus, schick es nirgendwohin und informiere noch heute deine Bank oder die Börse, damit es dorthin zurückgeht, wo es herkam.
crypto-pass-through-reported-bank = Du hast das Geld nicht weitergeleitet und dich an deine Bank oder die Börse gewandt. Sie können helfen, die Zahlung an den Ursprung zurückzuschicken, und deine Meldung hilft, die Leute dahinter zu finden. Genau so kommst du da raus.
crypto-pass-through-walked-away-late = Du hast aufgehört, bevor du ein Konto für jemand anderen eröffnet hast. Eine Zahlung ist schon über dich gelaufen: Erzähl deiner Bank oder der Börse jetzt davon, mit deinen eigenen Worten, bevor sie dich danach fragt.
crypto-pass-through-reported-late = Du hast aufgehört, deine Bank oder die Börse informiert und den Fall gemeldet. Wer sich nach einer Zahlung selbst meldet, steht viel besser da als jemand, der abwartet, und hilft, die Leute dahinter zu stoppen.
