# Термінальний інтерфейс (redflag play у терміналі). Короткі тексти: за можливості мають
# уміщатися в 40 стовпців. Назви клавіш (Enter, Esc, PgUp) — як на клавіатурі; літери
# L, S, H, Q — це клавіші, їх не перекладати.

tui-app-title = redflag
tui-start-heading = Оберіть розмову
tui-start-keys = Вгору/Вниз вибір   Enter грати   L мова   S налаштування   H довідник   R результати   C перевірка   I уже втягнулися?   ? довідка   Q вихід
tui-not-played = ще не зіграно
# Форма «бали/максимум» (наприклад, 7/10) — як у розборі.
tui-best = { $plays ->
    [one] зіграно { $plays } раз
    [few] зіграно { $plays } рази
    [many] зіграно { $plays } разів
   *[other] зіграно { $plays } раза
}, рекорд { $points }/{ $max }
tui-state-broken = Не вдалося прочитати збережений прогрес у { $path }. Файл залишено як є і змінювати не буде; цей сеанс не зберігається.
tui-state-unwritable = Не вдалося зберегти прогрес: { $reason }

## Вибір і перемикання мови

tui-pick-language = Оберіть мову (Вгору/Вниз, Enter):
tui-languages-title = Мова

## Налаштування

tui-settings-title = Налаштування
tui-settings-keys = Вгору/Вниз — вибір, Enter або пробіл — змінити, Esc — закрити. Налаштування зберігаються.
tui-setting-typing = Швидкість друку: { $value }
tui-setting-motion = Менше анімації: { $value }
tui-setting-colours = Кольори: { $value }
tui-setting-plain = Простий режим для екранних читачів (з наступного запуску): { $value }
tui-setting-ascii = Лише символи ASCII: { $value }
tui-speed-slow = повільна
tui-speed-normal = звичайна
tui-speed-fast = швидка
tui-speed-instant = миттєва
tui-colours-normal = звичайні
tui-colours-high-contrast = висока контрастність
tui-colours-none = без кольорів
tui-colours-no-color-env = немає (NO_COLOR)
tui-on = увімк.
tui-off = вимк.

## Довідка

tui-help-title = Довідка
tui-help =
    Читайте чат і відповідайте так, як відповіли б насправді. Пильнуйте тривожні сигнали: прохання, які дали б комусь змогу працювати від вашого імені.
    Вгору/Вниз або цифри: вибрати відповідь. Enter: надіслати її.
    Пробіл або Enter: показати всі повідомлення до вашої наступної відповіді.
    PgUp/PgDn, Home/End: гортати чат.
    Esc або Q: назад до списку. Ctrl-C: негайно вийти.
    Натисніть будь-яку клавішу, щоб закрити довідку.

## Розмова

tui-status-online = у мережі
tui-status-typing = друкує…
tui-typing = { $name } друкує
tui-your-answer = Ваша відповідь
tui-show-all = Пробіл або Enter: показати всі повідомлення
tui-see-debrief = Розмову завершено. Натисніть Enter, щоб побачити розбір.
tui-more-below = далі ще є (End)
tui-feedback-label = Порада:
# Скільки тривожних сигналів уже помічено: лише кількість, ніколи не «N з M».
tui-chat-keys = ? довідка   Esc вийти

## Розбір

tui-replay-hint = Натисніть R, щоб грати далі з вашої останньої відповіді й побачити їх (тренування: не записується).
tui-debrief-keys = Вгору/Вниз/PgUp/PgDn гортати   Esc або Q до списку

## Довідник

tui-handbook-heading = Довідник тривожних сигналів
tui-handbook-met = { $count ->
    [0] ще жодного не траплялося
    [one] уже траплялося: { $count }
    [few] уже траплялося: { $count }
    [many] уже траплялося: { $count }
   *[other] уже траплялося: { $count }
}
tui-handbook-locked = { $name } (закрито)
tui-handbook-locked-why = Цей тривожний сигнал вам ще не траплявся в розмові. Зіграйте сценарій, щоб відкрити його пояснення.
tui-handbook-side = Сторона: { $side }
tui-handbook-keys = Вгору/Вниз вибір   PgUp/PgDn читати   Esc назад

## Малі термінали

tui-too-small = Збільште, будь ласка, вікно щонайменше до { $width } стовпців і { $height } рядків.

tui-involved-keys = Вгору/Вниз/PgUp/PgDn гортати   Esc або Q назад
tui-involved-hint = Уже втягнулися? Натисніть I, щоб дізнатися, що робити зараз.
