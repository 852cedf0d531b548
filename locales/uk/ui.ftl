# Інтерфейс: слова навколо розмови. Вихідна мова — англійська;
# кожна інша мова перекладає ці ідентифікатори. До гравця звертаємося на «ви».

# Назва мови її власною мовою, для перемикача мов.
language-name = Українська

# Показується замість тексту, якого немає в жодній мові (помилка у вмісті, а не гравця).
missing-text = [текст відсутній]

## Розмова

chat-starts-on = Розмова починається тут: { $channel }.
chat-moves = Розмова переходить: { $from } → { $to }.
# Власне ім'я гравця в чаті.
chat-you = Ви

## Результати й дії гравця

outcome-walked-away = Ви припинили розмову
outcome-reported = Ви припинили розмову й поскаржилися
outcome-hired = Ви отримали замовлення, і все безпечно
outcome-safe = Ви в безпеці
outcome-compromised = Цього разу шахрайство вдалося
outcome-missed-opportunity = Ви відмовилися від чесної пропозиції

assessment-spotted = помічено
assessment-missed = пропущено
assessment-false-alarm = хибна тривога
assessment-trusted = довіра виправдана

perspective-freelancer = фрилансер
perspective-hiring = наймач
difficulty-easy = легкий
difficulty-medium = середній
difficulty-hard = складний

## Розбір

debrief-outcome = Результат: { $outcome }
# Форма «бали/максимум» (наприклад, 7/10) має лишитися в кожній мові.
debrief-score = Бали: { $points }/{ $max }
debrief-seed = Зерно: { $seed } (щоб зіграти цей раунд ще раз, додайте --seed { $seed })
debrief-seed-page = Зерно: { $seed } (щоб зіграти цей раунд ще раз, додайте ?seed={ $seed } до адреси сторінки)
debrief-no-flags = У цьому раунді тривожних сигналів не було.
debrief-heading = Розбір
debrief-flags-heading = Тривожні сигнали в цій розмові
debrief-quote = Ось тут: «{ $text }»
debrief-fine-heading = Виглядало ризиковано, але було нормально — і чому
debrief-ahead-heading = Що було б далі
debrief-ahead = Ви вийшли рано, і це було безпечне рішення. Якби ви лишилися, з'явилися б ще { $count ->
    [one] { $count } тривожний сигнал
    [few] { $count } тривожні сигнали
    [many] { $count } тривожних сигналів
   *[other] { $count } тривожного сигналу
}:
debrief-why = Чому це важливо: { $text }
debrief-instead = Що робити натомість: { $text }
debrief-sources = Джерела: { $text }

## Списки

# Відомості про сценарій у списку.
list-facts = { $perspective }, { $difficulty }, { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
list-pack = [пакет: { $pack }]
list-empty = Сценаріїв не знайдено.

## Текстовий режим

plain-title = === { $title } ===
plain-channel = * { $text }
plain-message = [{ $channel }] { $name }: { $text }
plain-notice = [{ $channel }] ({ $kind ->
    [file] файл
    [warning] попередження
    [money] платіж
    [lock] обліковий запис
   *[other] сповіщення
}) { $text }
plain-feedback = >> { $text }
plain-narration = { $text }
plain-end = === { $outcome } ===
    { $text }
plain-menu-heading = Оберіть сценарій (введіть його номер або q, щоб вийти):
plain-bad-input = Введіть, будь ласка, число від 1 до { $max } або q, щоб вийти.

## Проблеми під час гри

play-unknown-scenario = Сценарію «{ $name }» немає. { $suggestion ->
    [none] Щоб побачити всі, виконайте «redflag list».
   *[other] Можливо, ви мали на увазі «{ $suggestion }»? Щоб побачити всі, виконайте «redflag list».
}
play-skipped = попередження: { $location }: { $message }
engine-error = Цей сценарій не може продовжитися: { $reason }. Повідомте, будь ласка, його автора (виконайте «redflag check»).
engine-missing-node = історія посилається на вузол «{ $name }», якого не існує
engine-stuck = історія ходить по колу на вузлі «{ $name }» і не ставить жодного запитання
engine-no-options = на вузлі «{ $name }» немає жодної доступної відповіді
engine-bad-choice = такої відповіді немає
engine-ended = історія вже закінчилася
io-error = Не вдалося записати або прочитати: { $reason }

## Спостереження за сценарієм під час написання (play --watch)

watch-playing = === { $title } (зерно { $seed }; збережіть файл, щоб почати заново) ===
watch-reloaded = *** Файли змінилися: починаємо заново. ***
watch-broken = *** Сценарій не можна зіграти в теперішньому вигляді: ***
watch-waiting = *** Чекаємо, поки ви збережете зміну (q — вихід). ***

## Як записуються числа й грошові суми, для { GROUPED($n) } і { MONEY($amount) } у будь-якому повідомленні
number-money = { $amount }{ "\u00A0" }$
lang-unknown = redflag ще не має мови «{ $lang }», тож продовжує англійською. Мови: { $langs }. Пакет може додати нову: redflag --scenarios ТЕКА --lang { $lang }
