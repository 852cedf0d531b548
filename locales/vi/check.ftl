# Thông báo của “redflag check”, dành cho người viết kịch bản và người dịch.
# Mỗi mã có một thông báo (diag-<mã>) và có thể có một gợi ý (diag-<mã>-hint).

check-error = lỗi
check-warning = cảnh báo
check-stale-was = Tiếng Anh khi đó
check-stale-now = Tiếng Anh bây giờ
check-stale-not-kept = (không lưu: đã xác nhận trước khi redflag bắt đầu lưu bản tiếng Anh)
check-hint = gợi ý: { $hint }
# Tiếng Việt không chia số nhiều.
check-summary = { $errors } lỗi, { $warnings } cảnh báo
diag-suggest = có phải ý bạn là “{ $suggestion }”?

## Tệp

diag-e001 = đây không phải là thư mục
diag-e001-hint = hãy chỉ định một thư mục có chứa scenarios/ và locales/
diag-e002 = không đọc được tệp này: { $reason }
diag-e007 = đây không phải là một tệp thông thường (một pipe, một thiết bị hay một thư mục), nên không được đọc
diag-e007-hint = tệp nội dung là tệp thông thường; hãy xóa nó, hoặc thay liên kết bằng chính tệp đó
diag-e009 = tệp này là một liên kết tới nơi nằm ngoài gói, nên không được đọc
diag-e009-hint = hãy đặt chính tệp đó vào gói thay vì một liên kết
diag-e003 = tệp này quá lớn ({ $size } byte; giới hạn là { $limit })
diag-e003-hint = một tệp kịch bản hay tệp ngôn ngữ chỉ vài kilobyte; hãy kiểm tra xem đây có đúng là tệp cần dùng không
diag-e016 = gói này lớn hơn mức một trang đọc được ({ $files } tệp, { $size } byte; tối đa { $max_files } tệp và { $max_size } byte), nên phần còn lại không được đọc
diag-e016-hint = một gói gồm vài trăm tệp nhỏ; hãy kiểm tra xem đây có đúng là thư mục hay tệp nén cần dùng không
diag-e004 = tệp này không phải văn bản UTF-8 hợp lệ
diag-e004-hint = hãy lưu tệp ở dạng UTF-8 trong trình soạn thảo của bạn
diag-e005 = không đọc được thư mục này: { $reason }
diag-e005-hint = trong một gói, scenarios/, locales/ và data/ là các thư mục mà trò chơi đọc được; hãy kiểm tra tên và quyền truy cập
diag-w005 = thư mục này không chứa kịch bản, tệp ngôn ngữ hay tệp dữ liệu nào
diag-w005-hint = một gói chứa scenarios/<id>.ron và locales/<lang>/<id>.ftl
diag-w006 = trò chơi không đọc mục này: nó không nằm ở nơi dành cho tệp kịch bản, ngôn ngữ hay dữ liệu
diag-w006-hint = tệp kịch bản có đuôi .ron và nằm trong scenarios/; tệp ngôn ngữ có đuôi .ftl và nằm trong locales/<ngôn ngữ>/; mọi thứ khác đặt ở cấp trên cùng của gói
diag-e006 = không xác định được đây là tệp gì
diag-e006-hint = tệp kịch bản có đuôi .ron và nằm trong scenarios/; tệp ngôn ngữ có đuôi .ftl và nằm trong locales/<lang>/
diag-e008 = trình phân tích dừng bất ngờ ở tệp này; đây là lỗi của redflag, vui lòng báo lại

## Cú pháp RON và các trường

# $kind là tên lỗi mà trình phân tích RON tìm thấy; $reason là lời của chính trình phân tích (tiếng Anh),
# được giữ lại làm chi tiết. $char là ký tự không được phép ở chỗ đó (với loại “char”).
diag-e010 = đây không phải RON hợp lệ: { $kind ->
    [eof] tệp kết thúc quá sớm: có một dấu ngoặc hoặc dấu nháy chưa được đóng
    [comma] thiếu dấu phẩy giữa hai mục
    [array-end] một danh sách chưa được đóng bằng “]”
    [map-end] một bảng ánh xạ (map) chưa được đóng bằng “{ "}" }”
    [struct-end] một “(” chưa được đóng bằng “)”
    [colon] thiếu “:” sau một tên
    [string] ở đây cần một văn bản trong dấu nháy kép
    [string-end] một văn bản chưa được đóng bằng dấu nháy kép
    [identifier] ở đây cần một tên trường
    [number] ở đây cần một số
    [boolean] ở đây cần true hoặc false
    [array] ở đây cần một danh sách trong [ ]
    [map] ở đây cần một bảng ánh xạ (map) trong { "{" } { "}" }
    [struct] ở đây cần một giá trị dạng Name(…)
    [trailing] vẫn còn văn bản sau khi nội dung của tệp đã kết thúc
    [char] ký tự “{ $char }” không được phép ở đây
    [comment] một chú thích chưa được đóng
    [escape] một “\” trong văn bản bắt đầu một chuỗi thoát không hợp lệ
    [too-big] số này quá lớn
   *[other] { $reason }
}
diag-e010-hint = hãy tìm dấu phẩy, dấu ngoặc hoặc dấu nháy bị thiếu ngay trước vị trí này (trình phân tích báo: { $reason })
diag-e011 = trường không xác định “{ $found }”
diag-e011-hint = các trường được phép ở đây là { $expected }
diag-e012 = thiếu trường “{ $field }”
diag-e012-hint = thêm { $field }: … vào bên trong { $outer } này
diag-e013 = loại không xác định “{ $found }”
diag-e013-hint = các loại được phép ở đây là { $expected }
diag-e014 = trường “{ $field }” được khai báo hai lần
diag-e014-hint = chỉ giữ lại một
diag-e015 = tệp lồng nhau sâu hơn { $limit } cấp
diag-e015-hint = một kịch bản không bao giờ cần lồng sâu như vậy; hãy tìm các dấu ngoặc chưa đóng

## Kịch bản

diag-e020 = “{ $name }” không phải là id hợp lệ
diag-e020-hint = dùng chữ thường, chữ số và dấu gạch ngang đơn, bắt đầu bằng một chữ cái (ví dụ “ask-id-2”)
diag-e021 = id kịch bản “{ $name }” không khớp với tên tệp “{ $file }”
diag-e021-hint = đổi tên tệp thành { $name }.ron, hoặc đổi id
diag-e022 = kịch bản không liệt kê kênh nào
diag-e022-hint = thêm channels: ["upwork"], ghi kênh bắt đầu cuộc trò chuyện đầu tiên
diag-e023 = kênh không xác định “{ $name }”
diag-e023-hint = các kênh được định nghĩa trong data/channels.ron
diag-e024 = “{ $name }” được định nghĩa hai lần
diag-e024-hint = mỗi id phải là duy nhất; hãy đổi tên một trong hai
diag-e025 = “{ $name }” không phải là tên biến hợp lệ
diag-e025-hint = dùng chữ cái, chữ số, “-” và “_”, bắt đầu bằng một chữ cái
diag-e026 = biến “{ $name }” không có giá trị nào để rút ra
diag-e026-hint = một Amount cần min ≤ max và bước (step) lớn hơn 0; một Pick cần ít nhất một mục
diag-e028 = số tiền “{ $name }” quá lớn để rút ra
diag-e028-hint = giữ min và max trong khoảng từ -{ $limit } đến { $limit }
diag-e027 = kịch bản không có nút nào
diag-e027-hint = thêm nodes: [ … ] với ít nhất một Message và một Ending
diag-e030 = không có nút “{ $name }”
diag-e030-hint = hãy trỏ tới id của một nút trong kịch bản này
diag-w031 = cờ trạng thái “{ $name }” được kiểm tra ở đây nhưng không câu trả lời nào đặt nó
diag-w031-hint = thêm sets: ["{ $name }"] vào câu trả lời cần đặt cờ này
diag-e032 = “{ $name }” là nút cuối cùng nhưng không cho biết đi tiếp đến đâu
diag-e032-hint = thêm next: "…", hoặc kết thúc kịch bản bằng một Ending
diag-e033 = “{ $name }” không có trong danh sách nhân vật (cast)
diag-e033-hint = thêm nó vào cast: [ … ]
diag-e034 = cuộc trò chuyện không thể chuyển sang “{ $name }”: kịch bản không liệt kê kênh đó
diag-e034-hint = thêm kênh đó vào channels: [ … ]
diag-e035 = “{ $name }” không có lối đi tiếp
diag-e035-hint = hãy cho nó ít nhất hai lựa chọn
diag-w036 = lựa chọn “{ $name }” chỉ có một phương án
diag-w036-hint = một lựa chọn chỉ có một câu trả lời thì không phải là lựa chọn; hãy thêm phương án khác, hoặc dùng một Message
diag-e037 = dấu hiệu cảnh báo không xác định “{ $name }”
diag-e037-hint = các dấu hiệu cảnh báo được định nghĩa trong data/redflags.ron
diag-w039 = câu trả lời “{ $name }” không đánh giá dấu hiệu cảnh báo nào
diag-w039-hint = trong một vụ lừa đảo, mỗi câu trả lời nên cho biết nó đã nhận ra hay bỏ sót dấu hiệu cảnh báo nào
diag-e043 = câu chuyện có thể chạy vòng quanh tại “{ $name }” mà không có câu hỏi nào dừng nó lại
diag-e043-hint = hãy cho vòng lặp đi qua một Choice hoặc một Ending, hoặc cho `next` trỏ đi nơi khác
diag-e044 = trên một đường dẫn tới câu hỏi “{ $name }”, mọi câu trả lời đều bị cờ trạng thái của nó ẩn đi: câu chuyện dừng lại ở đó
diag-e044-hint = đối chiếu requires và unless của các câu trả lời với các cờ được đặt trên đường đi; giữ lại một câu trả lời luôn được hiển thị
diag-e040 = không thể đi tới kết thúc nào từ điểm bắt đầu
diag-e040-hint = thêm một Ending(id: "…", outcome: …) và dẫn tới nó
diag-w041 = nút “{ $name }” không bao giờ được đi tới
diag-w041-hint = trỏ một next, goto, then hoặc else tới nó, hoặc xóa nó đi
diag-e042 = không thể đi tới kết thúc nào từ “{ $name }”
diag-e042-hint = câu chuyện lặp vòng hoặc dừng ở đây; hãy cho nó một lối dẫn tới một Ending
diag-e053 = kịch bản “{ $name }” đã tồn tại trong { $other }
diag-e053-hint = một gói không thể thay thế một kịch bản; hãy đặt cho kịch bản của bạn một id mới

## Tệp ngôn ngữ

diag-w050 = một thông điệp trong tệp ngôn ngữ này có lỗi cú pháp nên được hiển thị bằng tiếng Anh (phần còn lại của tệp vẫn được dùng): { $reason }
diag-e051 = thông điệp “{ $name }” được định nghĩa hai lần
diag-e051-hint = chỉ giữ lại một
diag-w052 = một gói không thể thay thế “{ $name }” có sẵn; phiên bản của gói bị bỏ qua
diag-w052-hint = hãy đặt một id mới cho thông điệp hoặc định nghĩa của gói
diag-e055 = lỗi cú pháp Fluent: { $reason }
# $kind là tên lỗi cú pháp Fluent; gợi ý cho mỗi loại cho biết cách sửa.
diag-e055-hint = { $kind ->
    [brace] một placeable chưa được đóng: mỗi “{ "{" }” cần có một “{ "}" }” đi kèm
    [closing-brace] dấu “{ "}" }” này không đóng gì cả: hãy xóa nó, hoặc viết dấu ngoặc dưới dạng văn bản trong dấu nháy, { "{" } "{ "}" }" { "}" }
    [empty] thông điệp không có văn bản sau “=”: hãy viết bản dịch, hoặc đặt # trước dòng đó để dành lại dịch sau
    [equals] một thông điệp được viết dạng “id = văn bản”: đang thiếu dấu “=”
    [default-variant] một bộ chọn (selector) cần một biến thể mặc định, đánh dấu bằng *, chẳng hạn *[other]
    [default-variants] một bộ chọn (selector) có nhiều hơn một biến thể mặc định (*): chỉ giữ lại một
    [string] một văn bản trong dấu nháy bên trong placeable chưa được đóng bằng dấu nháy kép
    [placeable] một placeable bị trống hoặc không hiểu được: nó chứa một biến ($name), một văn bản trong dấu nháy hoặc một hàm
    [escape] một chuỗi thoát trong văn bản trong dấu nháy không hợp lệ: hãy viết nó dạng \u theo sau là bốn chữ số thập lục phân
   *[other] một thông điệp có dạng “id = văn bản”; các dòng tiếp theo phải thụt lề
}
diag-w056 = văn bản có một ký tự điều khiển ({ $char }); ký tự này sẽ không được hiển thị
diag-w056-hint = hãy xóa nó; ký tự này có thể làm terminal hiển thị sai
diag-e060 = thiếu văn bản tiếng Anh “{ $id }”
diag-e060-hint = thêm “{ $id } = …” vào tệp của kịch bản trong locales/en/
diag-w061 = “{ $id }” chưa được dịch sang { $lang }; văn bản tiếng Anh được hiển thị thay thế
diag-w061-hint = { $typo ->
    [none] thêm “{ $id } = …” vào đây; bản tiếng Anh: { $english }
   *[other] “{ $typo }” trong tệp này có vẻ là lỗi gõ của nó: hãy đổi tên thành “{ $id }”
}
diag-w062 = thông điệp “{ $id }” không còn được dùng
diag-w062-hint = { $meant ->
    [none] hãy xóa nó, hoặc kiểm tra xem mã của kịch bản có thay đổi không
   *[other] có phải bạn muốn viết “{ $meant }”? Thông điệp đó đang thiếu: hãy đổi tên thông điệp này thành nó và giữ bản dịch của bạn
}
diag-e063 = không thể hiển thị thông điệp “{ $id }”: { $reason }
diag-e063-hint = chỉ được dùng các biến của kịch bản
diag-w063 = không thể hiển thị thông điệp “{ $id }”: { $reason }
diag-w063-hint = hãy kiểm tra các hàm mà nó gọi (chỉ có MONEY và GROUPED) và các thông điệp mà nó tham chiếu

diag-e064 = thông điệp “{ $id }” dùng biến “{ $name }”, nhưng kịch bản không cung cấp biến này
diag-e064-hint = các biến của kịch bản được liệt kê dưới vars: trong tệp .ron của nó
diag-e069 = thông điệp “{ $id }” dùng biến “{ $name }”, nhưng thông điệp tiếng Anh không có biến này
diag-e069-hint = hãy dùng đúng các biến như thông điệp tiếng Anh
diag-w065 = thông điệp “{ $id }” bỏ mất biến “{ $name }” mà thông điệp tiếng Anh có hiển thị
diag-w065-hint = hãy giữ “{ $name }” trong bản dịch, trừ khi ngôn ngữ thật sự không có chỗ cho nó
diag-w066 = thông điệp “{ $id }” chọn theo con số “{ $name }” nhưng thiếu dạng cho: { $missing }
diag-w066-hint = hãy thêm một biến thể cho mỗi loại số nhiều này của ngôn ngữ
check-coverage = { $scenario }: độ bao phủ: đã đi tới { $reached }/{ $total } nút
check-unreached = chưa bao giờ đi tới: { $nodes }
check-options-taken = phương án đã chọn: { $taken }/{ $total }
check-states = số trạng thái đã khám phá: { $states }
diag-e070 = một lượt chơi thử (seed { $seed }, { $lang }) hiển thị một thông điệp không thể định dạng: { $reason }
diag-e070-hint = đường đi là: { $path }. Chơi lại bằng “redflag --lang { $lang }{ $packs } play { $scenario } --seed { $seed }”.
diag-e071 = một lượt chơi thử (seed { $seed }, { $lang }) dừng lại trước khi tới kết thúc
diag-e071-hint = đường đi là: { $path }
diag-e072 = từ “{ $name }” không thể đi tới kết thúc nào với các cờ trạng thái đã được đặt trên đường đi
diag-e072-hint = đường đi là: { $path }. Hãy cho phần này của câu chuyện một lối dẫn tới một Ending.
diag-e073 = tại “{ $name }” không có phương án nào mở: mọi phương án đều cần một cờ trạng thái chưa được đặt, hoặc bị một cờ loại trừ
diag-e073-hint = đường đi là: { $path }. Hãy thêm một phương án không có requires: hay unless:.
diag-w074 = lượt chơi thử vét cạn đã dừng sau { $limit } trạng thái; phần còn lại chưa được khám phá
diag-w074-hint = tăng giới hạn bằng --max-states, hoặc đơn giản hóa các cờ trạng thái
diag-w075 = “{ $contact }” không phải là một địa chỉ liên hệ đã khai báo của gói này
diag-w075-hint = một đường link “báo cáo tại đây” giả mạo tự nó đã là lừa đảo: hãy liệt kê mọi địa chỉ và số điện thoại thật trong data/pack.ron của gói (contacts: [...]) để người duyệt có thể kiểm tra từng cái
diag-e057 = tệp này lồng các placeable sâu hơn { $limit } cấp và không thể đọc được
diag-e057-hint = hãy tìm các dấu ngoặc “{"{"}” chưa đóng
diag-w057 = tệp ngôn ngữ này lồng các placeable sâu hơn { $limit } cấp và bị bỏ qua
diag-w058 = { $kind ->
    [hint] một gợi ý phím của “{ $id }” bằng { $lang } rộng { $width } cột; màn hình hiển thị mỗi gợi ý trên một dòng { $limit } cột
   *[line] “{ $id }” bằng { $lang } rộng { $width } cột; màn hình hiển thị nó trên một dòng { $limit } cột nên phần cuối bị cắt
}
diag-w058-hint = { $kind ->
    [hint] hãy rút ngắn gợi ý đó (giữ ba dấu cách giữa các gợi ý: dòng chỉ xuống hàng ở đó)
   *[line] hãy rút ngắn còn tối đa { $limit } cột, đếm như khi hiển thị (biến tính theo giá trị của nó); `redflag screens --size 40x12` cho thấy nó nằm ở đâu
}
diag-w067 = văn bản tiếng Anh của “{ $id }” đã thay đổi sau khi được dịch sang { $lang }; bản dịch có thể đã lỗi thời

diag-w067-hint = hãy so sánh với bản tiếng Anh và cập nhật nếu cần, rồi chạy “redflag{ $packs } locales confirm { $lang } { $id }”

## Kiểm tra dấu hiệu bề ngoài: đáp án bị lộ qua những chi tiết không liên quan (xem docs/authoring.md)

diag-w080 = trong { $set ->
        [built-in] các kịch bản có sẵn
       *[other] gói “{ $set }”
    }, câu trả lời dài nhất là câu đúng ở { $value } % số lựa chọn có cả câu đúng lẫn câu sai (tối đa { $high } %)
diag-w080-hint = người chơi sẽ học cách chọn câu dài nhất thay vì đọc yêu cầu: hãy viết câu đồng ý và câu quá thận trọng cẩn thận và dài như nhau (tỉ lệ cao nhất: “{ $worst }”)
diag-w094 = trong { $set ->
        [built-in] các kịch bản có sẵn
       *[other] gói “{ $set }”
    }, một mẹo dựa vào độ dài câu trả lời (như “chọn câu ngắn nhất” hay “tránh câu dài nhất”) đúng nhiều hơn đoán mò { $value } điểm (tối đa { $high })
diag-w094-hint = độ dài không được tiết lộ đáp án: hãy cho phần lớn lựa chọn một câu đúng và hai câu sai, và để câu đúng lần lượt là câu dài nhất, vừa và ngắn nhất với tần suất gần như nhau (tệ nhất: “{ $worst }”)
diag-w081 = trong { $set ->
        [built-in] các kịch bản có sẵn
       *[other] gói “{ $set }”
    }, câu trả lời đúng trung bình dài gấp { $value } lần câu sai (cho phép: { $low } đến { $high })
diag-w081-hint = hãy để câu đúng và câu sai dài xấp xỉ nhau (lệch nhiều nhất: “{ $worst }”)
diag-w082 = trong { $set ->
        [built-in] các kịch bản có sẵn
       *[other] gói “{ $set }”
    }, tin nhắn của phía bên kia bắt đầu bằng chữ thường ở một loại lời mời nhiều hơn loại kia { $value } điểm (tối đa { $high })
diag-w082-hint = văn phong không phải là dấu hiệu cảnh báo: nhiều kẻ lừa đảo viết rất trau chuốt, nhiều khách hàng thật viết xuề xòa hoặc bằng ngoại ngữ; hãy cho cả hai loại cả hai giọng văn (lệch nhất: “{ $worst }”)
diag-w083 = trong { $set ->
        [built-in] các kịch bản có sẵn
       *[other] gói “{ $set }”
    }, tin nhắn của phía bên kia có emoji ở một loại lời mời nhiều hơn loại kia { $value } điểm (tối đa { $high })
diag-w083-hint = hãy cho lừa đảo và lời mời thật cùng một mức dùng emoji (lệch nhất: “{ $worst }”)
diag-w084 = trong { $set ->
        [built-in] các kịch bản có sẵn
       *[other] gói “{ $set }”
    }, lừa đảo và lời mời thật chênh nhau { $value } về số câu trả lời trung bình mỗi lựa chọn (tối đa { $high })
diag-w084-hint = hãy cho các lựa chọn ở cả hai loại lời mời cùng số câu trả lời
diag-w085 = trong { $set ->
        [built-in] các kịch bản có sẵn
       *[other] gói “{ $set }”
    }, lựa chọn có câu trả lời cố định vị trí ở một loại lời mời nhiều hơn loại kia { $value } điểm (tối đa { $high })
diag-w085-hint = một câu “Tôi rút đây” cố định chỉ có ở lời mời thật sẽ tiết lộ loại lời mời; hãy cố định ở cả hai loại hoặc không loại nào (lệch nhất: “{ $worst }”)
diag-w086 = tiêu đề hoặc tóm tắt của “{ $name }” đặt từ ngữ trong ngoặc kép
diag-w086-hint = ngoặc kép bảo người chơi phải nghĩ gì; hãy mô tả công việc như người chơi sẽ thấy trong danh sách
diag-w087 = trong { $set ->
        [built-in] các kịch bản có sẵn
       *[other] gói “{ $set }”
    }, chỉ { $value } % kịch bản { $side ->
    [hiring] phía tuyển dụng
   *[other] phía freelancer
} là lời mời thật (ít nhất { $low } %)
diag-w087-hint = hãy thêm lời mời thật có bề ngoài giống các vụ lừa đảo, để người chơi học cách phân biệt chứ không phải nghi ngờ mọi thứ
diag-w088 = “{ $name }” không có yêu cầu vô hại nào: không câu trả lời nào được chấm trusted hay false_alarm
diag-w088-hint = hãy thêm một yêu cầu trông có vẻ rủi ro nhưng không sao (một cuộc gọi trên nền tảng, một đường dẫn portfolio), để phản ứng thái quá cũng mất điểm
diag-w089 = lời mời thật “{ $name }” không có yêu cầu nào cần từ chối: không câu trả lời nào được chấm spotted hay missed
diag-w089-hint = hãy thêm một yêu cầu xấu mà người chơi cẩn thận từ chối nhưng vẫn giữ được việc (chẳng hạn khoản thưởng trả ngoài nền tảng), chấm spotted hoặc missed

## Bài kiểm tra trước/sau như một phép đo (data/quiz.ron)

diag-w090 = cặp câu hỏi “{ $name }” có { $count } mục; một cặp có hai mục
diag-w090-hint = mỗi cặp gồm một vụ lừa đảo và “song sinh” thật của nó: cùng bề ngoài, một khác biệt quyết định
diag-w091 = cả hai mục của cặp “{ $name }” có cùng đáp án
diag-w091-hint = một cặp gồm một mục lừa đảo (scam: true) và một mục thật (scam: false)
diag-w092 = hai mục của cặp “{ $name }” khác nhau về dạng đề hoặc kênh
diag-w092-hint = hai mục song sinh dùng chung dạng đề (a, b hoặc bank) và kênh, để chỉ khác biệt quyết định tách chúng ra
diag-w093 = hai dạng đề song song có kích thước khác nhau: dạng a có { $a } mục, dạng b có { $b }
diag-w093-hint = vòng trước và vòng sau phải tương đương: hãy cho hai dạng đề cùng số cặp
diag-w099 = còn { $count } lỗi { $code } khác trong tệp này không được hiển thị
diag-w099-hint = hãy sửa các lỗi ở trên rồi kiểm tra lại; chúng thường có chung một nguyên nhân
diag-w068 = gói “{ $pack }” không có { $lang }: người chơi bằng ngôn ngữ đó sẽ thấy bản tiếng Anh
diag-w068-hint = hãy dịch gói (redflag{ $packs } locales new { $lang }), hoặc liệt kê các ngôn ngữ của gói trong data/pack.ron, ví dụ languages: ["en", "de"]
