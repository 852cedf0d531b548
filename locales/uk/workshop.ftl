# Перевірка до/після, раунди закріплення й підсумок для ведучого.

quiz-heading-before = Перевірка перед тренінгом (повідомлень: { $count })
quiz-heading-after = Перевірка після тренінгу (повідомлень: { $count })
quiz-heading-booster = Раунд закріплення (повідомлень: { $count })
quiz-intro = Щодо кожного повідомлення: це шахрайство чи чесна пропозиція, і наскільки ви впевнені? Деякі повідомлення чесні. Введіть номер і натисніть Enter; q — зупинитися.
quiz-item = [{ $index }/{ $count }] { $channel } · { $name }:
quiz-verdict-question = Шахрайство чи чесна пропозиція?
quiz-verdict-scam = Шахрайство
quiz-verdict-legitimate = Чесна пропозиція
quiz-confidence-question = Наскільки ви впевнені?
quiz-confidence-1 = 1 – просто вгадую
quiz-confidence-2 = 2 – не дуже впевнено
quiz-confidence-3 = 3 – досить впевнено
quiz-confidence-4 = 4 – дуже впевнено
quiz-confidence-5 = 5 – абсолютно певно
quiz-feedback-right = Правильно: { $answer }. { $why }
quiz-feedback-wrong = Цього разу ні. Правильна відповідь: { $answer }. { $why }
quiz-done = Готово: правильно { $right } з { $count }. Дякуємо!
quiz-no-items = Немає пунктів для перевірки (data/quiz.ron).

booster-offer = { $days ->
    [one] Минув { $days } день
    [few] Минуло { $days } дні
    [many] Минуло { $days } днів
   *[other] Минуло { $days } дня
}: короткий раунд закріплення допоможе не забути вивчене. Запустіть його так: redflag booster
booster-nothing = Зараз нема чого тренувати.
booster-flags = Тренуємо: { $flags }

workshop-heading = Підсумок тренінгу ({ $files ->
    [one] { $files } файл
    [few] { $files } файли
    [many] { $files } файлів
   *[other] { $files } файлу
})
workshop-file-skipped = Пропущено { $path }: { $reason }
workshop-why-too-large = його розмір { $size } байтів; читається щонайбільше { $limit }
workshop-why-csv-columns = у ньому бракує стовпців CSV-експорту redflag: { $columns }
workshop-why-csv-value = рядок { $line }: «{ $value }» не може бути значенням стовпця { $column }
workshop-no-files = Жоден із файлів не вдалося прочитати як експортовані результати redflag.

# Екрани результатів і перевірки в термінальному інтерфейсі.
tui-results-heading = Ваші результати
tui-results-keys = Вгору/Вниз гортати   PgUp/PgDn сторінка   Ліворуч/Праворуч стовпці   Esc назад
tui-quiz-heading = Шахрайство чи ні? Перевірка
tui-quiz-keys = Вгору/Вниз вибір   Enter підтвердити   1-5 відповідь   Esc вийти без збереження
tui-quiz-stage-question = Коли ви її проходите?
tui-quiz-stage-before = Перед тренінгом
tui-quiz-stage-after = Після тренінгу
tui-quiz-stage-booster = Раунд закріплення (тривожні сигнали, які варто потренувати)
tui-quiz-next = Далі
tui-quiz-back = Назад до списку
