# Kịch bản “hiring-broken-webcam”: một ứng viên đàng hoàng. Người chơi tuyển một lập trình viên
# backend làm từ xa; đúng ngày phỏng vấn, camera laptop của ứng viên hỏng thật.
# Biến: $candidate (ứng viên, nữ), $colleague (trưởng nhóm backend của người chơi; danh sách tên
# có cả nam lẫn nữ), $home (porto, krakow hoặc valencia: nơi cô ấy sống; từ đó suy ra tiếng mẹ
# đẻ), $rate (đô la mỗi giờ).
# Ứng viên nói và viết thân thiện, thoải mái, có vài lỗi nhỏ của người không nói tiếng bản ngữ;
# đừng bao giờ chế giễu điều đó. Cô ấy xưng “mình”, gọi mọi người là “bạn”. Người chơi luôn
# xưng “mình”. Đồng nghiệp thân thiện, thẳng thắn. Trong cuộc gọi video, tin nhắn là lời nói;
# dòng có (Chat) chỉ gửi cho đồng nghiệp trong khung chat cuộc họp. Trong câu chuyện, buổi
# phỏng vấn diễn ra bằng tiếng Anh, nên nhận xét của đồng nghiệp là về tiếng Anh của cô ấy.

hiring-broken-webcam-title = Phỏng vấn một lập trình viên backend
hiring-broken-webcam-summary = Bạn đang tuyển một lập trình viên backend làm từ xa cho công ty nhỏ của mình. Hôm nay là buổi phỏng vấn video với một ứng viên từ LinkedIn.
hiring-broken-webcam-cast-candidate = { $candidate }
hiring-broken-webcam-cast-colleague = { $colleague }

hiring-broken-webcam-applied = { $candidate } đã ứng tuyển vào tin tuyển dụng “Lập trình viên backend, hợp đồng từ xa, { MONEY($rate) }/giờ” của bạn. Có đính kèm CV.
hiring-broken-webcam-hello = Xin chào! Cảm ơn đã mời mình. Mình là lập trình viên backend, 6 năm với Go và Postgres, 3 năm gần nhất làm về thanh toán. Mình sống ở { $home ->
    [porto] Porto
    [krakow] Kraków
   *[valencia] Valencia
} và có thể bắt đầu sau hai tuần.
hiring-broken-webcam-compare = Bạn đặt CV cạnh hồ sơ LinkedIn của cô ấy. Cùng trường đại học, cùng các năm, cùng hai công ty cũ. Mã nguồn công khai của cô ấy có những đóng góp nhỏ nhưng đều đặn suốt nhiều năm.
hiring-broken-webcam-invite = Bạn gửi lời mời gọi video vào thứ năm, 10 giờ theo giờ của bạn. { $candidate } nhận lời ngay trong chiều hôm đó.

hiring-broken-webcam-joined = { $candidate } đã vào cuộc gọi. Camera của cô ấy đang tắt.
hiring-broken-webcam-cam-excuse = hi, xin chào! nghe mình không? xin lỗi nha, camera laptop mình hư sáng nay, nó báo “không tìm thấy camera” 😩 mình vào bằng điện thoại có video được liền, hai phút thôi. hoặc mình dời qua mai có camera, tùy bạn

hiring-broken-webcam-cam-choice-phone = Video qua điện thoại là ổn rồi. Bạn vào bằng điện thoại nhé, bọn mình đợi.
hiring-broken-webcam-cam-choice-wait = Vậy mình đợi đến khi camera laptop của bạn sửa xong. Lúc đó bạn nhắn bọn mình nhé.
hiring-broken-webcam-cam-choice-wait-feedback = Chờ đợi tốn nhiều ngày, trong khi camera điện thoại cô ấy đề nghị cũng cho thấy đúng những gì cần: một khuôn mặt trực tiếp mà bạn kiểm tra được ngay. Ứng viên giỏi có thể nhận lời nơi khác trong lúc chờ.
hiring-broken-webcam-cam-choice-stop = Webcam hỏng đúng ngày phỏng vấn khiến bọn mình lo, nên xin dừng ở đây.
hiring-broken-webcam-cam-choice-stop-feedback = Webcam hỏng có thể là một dấu hiệu đáng ngại, nhưng điều quan trọng là chuyện gì xảy ra tiếp theo. Cô ấy đề nghị gọi video qua điện thoại ngay: người né camera không làm vậy.

hiring-broken-webcam-stop-reply = Ồ. Mình hiểu, bạn phải cẩn thận. Nhưng camera điện thoại mình vẫn chạy tốt, mình vào liền được, bạn kiểm tra gì cũng được.
hiring-broken-webcam-cam-again-phone = Bạn nói đúng, thử vậy đi. Bạn vào bằng điện thoại nhé.
hiring-broken-webcam-cam-again-wait = Vậy thôi mình đợi đến khi webcam của bạn chạy lại nhé.
hiring-broken-webcam-cam-again-end = Cảm ơn bạn, nhưng bọn mình xin dừng quy trình ở đây. Chúc bạn mọi điều tốt đẹp.

hiring-broken-webcam-wait-reply = ồ, ok… hôm nay mình đặt webcam mới, chắc thứ Hai tới. có là mình nhắn bạn liền nha!
hiring-broken-webcam-next-week = Thứ Hai webcam mới về, và { $candidate } nhắn cho bạn ngay. Thứ Ba hai bên gặp lại, camera bật.
hiring-broken-webcam-phone-joined = { $candidate } vào lại bằng điện thoại, camera bật. Sau lưng cô ấy là một gian bếp nhỏ, hình hơi rung. Đúng là người phụ nữ trong ảnh LinkedIn của cô ấy.

hiring-broken-webcam-colleague-hi = Chào bạn, mình là { $colleague }, phụ trách nhóm backend. Trước khi bắt đầu, mình làm bước kiểm tra nhanh như với mọi ứng viên: bạn quay đầu sang trái, sang phải, rồi đưa tay chậm qua trước mặt giúp mình nhé.
hiring-broken-webcam-live-ok = ok! vầy hả? 😄 giờ tới tay… xong
hiring-broken-webcam-live-ok-slow = Ok, trái… rồi phải… giờ tới tay, chầm chậm. vầy được chưa, hay mình làm lại?
hiring-broken-webcam-live-seen = Hình ảnh rõ nét suốt: không nhòe quanh khuôn mặt, không chớp nháy khi bàn tay lướt qua.

hiring-broken-webcam-q1 = Cảm ơn bạn! CV ghi bạn từng làm một hệ thống thanh toán. Lỗi khó nhất ở đó là gì?
hiring-broken-webcam-a1 = hmm. cho mình một giây suy nghĩ, có mấy cái lận… ok. Tệ nhất là một đêm hàng đợi bắt đầu gửi một số khoản thanh toán hai lần. Phần retry không có idempotency key, nên bọn mình thêm một key cho mỗi khoản và một bảng để kiểm tra. Rồi mất hai tuần dọn mấy khoản bị trùng.

hiring-broken-webcam-answers-choice-follow = Ví dụ hay đấy. Nếu hôm nay làm lại từ đầu, bạn sẽ làm khác chỗ nào?
hiring-broken-webcam-answers-choice-follow-feedback = Một câu hỏi tiếp hay. Câu hỏi về chính công việc cũ của ứng viên mới là bài kiểm tra thật, và cô ấy trả lời bằng lời của mình.
hiring-broken-webcam-answers-choice-note = (Chat) Cô ấy ngừng khá lâu rồi mới trả lời. Mình ghi chú lại nhé.
hiring-broken-webcam-answers-choice-note-feedback = Dừng lại để chọn một ví dụ hay không phải là dấu hiệu đáng ngại. Điều quan trọng là những gì theo sau: một câu chuyện cụ thể từ chính công việc của cô ấy, chứ không phải câu trả lời sách giáo khoa đọc lại.
hiring-broken-webcam-answers-choice-doubt = Bạn mất một lúc mới trả lời. Có ai đang giúp bạn trả lời không?
hiring-broken-webcam-answers-choice-doubt-feedback = Dấu hiệu đáng ngại là ấp úng rồi đưa ra câu trả lời như sách giáo khoa. Cô ấy dừng lại để chọn ví dụ, rồi kể một chuyện cụ thể về lỗi của chính mình.

hiring-broken-webcam-follow-reply = nói thật, mình sẽ thêm key ngay từ đầu. Với nhiều cảnh báo hơn, vì bọn mình chỉ thấy vấn đề khi có khách hàng gọi điện.
hiring-broken-webcam-doubt-reply = không không, chỉ mình thôi! mình muốn chọn ví dụ hay, không phải cái đầu tiên. Bạn cứ hỏi thêm gì về nó cũng được.

hiring-broken-webcam-smalltalk = À mà { $home ->
    [porto] Porto
    [krakow] Kraków
   *[valencia] Valencia
} hả! Mùa xuân năm ngoái mình có đến đó dự hội thảo. Bạn sống ở đó thấy sao?
hiring-broken-webcam-city-answer = { $home ->
    [porto] Mình mê lắm, mà mưa suốt cả mùa đông 😄 Mình sống gần sông, đi bộ mười phút là tới cây cầu sắt lớn. Xin lỗi tiếng Anh của mình, tiếng mẹ đẻ mình là tiếng Bồ Đào Nha.
    [krakow] Mình thích lắm! Mùa đông lạnh, nhưng phố cổ đẹp lắm 😄 Mình sống ở Kazimierz, nhiều quán cà phê nhỏ. Xin lỗi tiếng Anh của mình, tiếng mẹ đẻ mình là tiếng Ba Lan.
   *[valencia] Mình mê lắm! Mùa hè nóng lắm, nên mình làm việc từ sớm 😄 Mình sống gần công viên ở lòng sông cũ, hay chạy bộ ở đó. Xin lỗi tiếng Anh của mình, tiếng mẹ đẻ mình là tiếng Tây Ban Nha.
}
hiring-broken-webcam-accent-note = (Chat cuộc họp, chỉ gửi bạn) Tiếng Anh của cô ấy hơi lủng củng. Hay mình cho cô ấy làm thêm một bài kiểm tra tiếng Anh viết? Chỉ riêng cô ấy, cho chắc.

hiring-broken-webcam-accent-choice-hr = (Chat) Không cần bài kiểm tra, nhưng nhờ bên nhân sự soát giấy tờ của cô ấy thật kỹ. Chỉ riêng cô ấy thôi.
hiring-broken-webcam-accent-choice-hr-feedback = Soi kỹ thêm chỉ riêng người nói khác giọng không phải là an toàn: giọng nói không cho biết một người là ai. Điều bảo vệ bạn là bước xác minh giấy tờ của bên nhân sự, như nhau với mọi người.
hiring-broken-webcam-accent-choice-same = (Chat) Cùng một quy trình cho mọi ứng viên. Câu trả lời của cô ấy rõ ràng, câu chuyện khớp.
hiring-broken-webcam-accent-choice-same-feedback = Vừa công bằng vừa an toàn. Những bước kiểm tra bảo vệ công ty là như nhau với mọi người: video trực tiếp, câu hỏi về chính công việc của ứng viên, xác minh giấy tờ.
hiring-broken-webcam-accent-choice-test = (Chat) Ý hay đấy. Tối nay gửi cô ấy một bài kiểm tra tiếng Anh viết, để cho chắc ăn.
hiring-broken-webcam-accent-choice-test-feedback = Giọng nói hay vài lỗi ngữ pháp nhỏ không cho biết một người là ai. Điều bảo vệ bạn là cùng một bước kiểm tra cho mọi ứng viên, chứ không phải thêm một bước cho người nói khác giọng.

hiring-broken-webcam-wrap = Cảm ơn hai bạn, nói chuyện rất là vui! Nếu cần gì thêm từ mình, thư giới thiệu, giấy tờ, cứ nói nha.
hiring-broken-webcam-left = { $candidate } rời cuộc gọi.
hiring-broken-webcam-test-done = Sau cuộc gọi, bạn gửi cô ấy bài kiểm tra thêm. Cô ấy làm xong ngay tối đó, không có lỗi nào đáng kể, và lịch sự hỏi liệu ứng viên nào cũng phải làm bài này không.
hiring-broken-webcam-hr-extra = Bạn nhờ bên nhân sự xem giấy tờ của cô ấy thật kỹ. Bên nhân sự hỏi vì sao; lý do duy nhất bạn đưa ra được là giọng nói của cô ấy.

hiring-broken-webcam-skip-note = Cô ấy giỏi thật. Mà nói thật, trông cô ấy rất dễ mến. Bước xác minh giấy tờ của HR mất hai ngày; mình bỏ qua rồi gửi offer luôn hôm nay được không, kẻo người khác tuyển mất?

hiring-broken-webcam-skip-choice-same = Cô ấy làm đúng bước xác minh giấy tờ như mọi người khác. Mình gửi link của dịch vụ HR cho cô ấy ngay.
hiring-broken-webcam-skip-choice-same-feedback = Đúng. Cuộc gọi video cho thấy một khuôn mặt; chỉ bước xác minh giấy tờ mới gắn khuôn mặt đó với hộ chiếu và hợp đồng. Quý mến một ứng viên không phải lý do để bỏ qua nó.
hiring-broken-webcam-skip-choice-scan = Vậy bỏ qua bước của HR. Cô ấy có thể email cho bọn mình ảnh hộ chiếu thay vào đó.
hiring-broken-webcam-skip-choice-skip = Cũng được, mình đã thấy cô ấy trực tiếp trên camera rồi. Bỏ qua, gửi offer hôm nay.

hiring-broken-webcam-id-done = Tiêu đề: Xác minh giấy tờ. Chào bạn! Mình làm xong bước kiểm tra của dịch vụ HR rồi, nó hỏi hộ chiếu và bắt quay đầu thêm lần nữa 😄 Webcam mới thứ hai tới. Cảm ơn lần nữa, { $candidate }
hiring-broken-webcam-verified = Dịch vụ HR: đã xác minh danh tính. Hộ chiếu khớp với người trong video selfie trực tiếp.
hiring-broken-webcam-offer-sent = Đã gửi hợp đồng cho { $candidate }: { MONEY($rate) }/giờ, bắt đầu sau hai tuần. Cô ấy ký ngay trong ngày.

hiring-broken-webcam-safe = Bạn đã tuyển được một lập trình viên giỏi, và tuyển một cách công bằng. Webcam của cô ấy hỏng thật, và cô ấy đã chứng minh điều đó: đề nghị gọi video qua điện thoại ngay, qua cùng bước kiểm tra trực tiếp và xác minh giấy tờ như mọi người, và câu chuyện của cô ấy trước sau như một. Điều duy nhất bạn cần giữ vững lại đến từ chính phía bạn: cùng một bước kiểm tra cho mọi ứng viên.
hiring-broken-webcam-safe-extra = Bạn đã tuyển cô ấy, và cô ấy đúng là người trong hồ sơ ứng tuyển. Nhưng chỉ riêng cô ấy bị kiểm tra thêm, vì giọng nói. Giọng nói không cho biết một người là ai; điều bảo vệ công ty là cùng một bước kiểm tra trực tiếp và xác minh giấy tờ cho mọi người.
hiring-broken-webcam-safe-skipped = Bạn đã tuyển cô ấy, và cô ấy đúng là người trong hồ sơ. Nhưng bước xác minh giấy tờ của dịch vụ HR đã bị bỏ qua chỉ vì cô ấy dễ mến. Cuộc gọi video cho thấy một khuôn mặt, ảnh hộ chiếu cho thấy một giấy tờ; chỉ bước xác minh mới gắn hai thứ đó với nhau. Lần này mọi chuyện ổn; bước kiểm tra tồn tại cho lần không ổn.
hiring-broken-webcam-missed-early = Bạn đã dừng quy trình với một ứng viên đàng hoàng. Webcam hỏng có thể là dấu hiệu đáng ngại, nhưng điều quan trọng là chuyện xảy ra tiếp theo: cô ấy đề nghị gọi video qua điện thoại ngay và sẵn lòng với mọi bước kiểm tra. Lần sau, hãy đề nghị một camera trực tiếp theo cách khác trước khi quyết định.

hiring-broken-webcam-fine-camera-avoidance = Camera laptop của cô ấy hỏng thật. Điều tạo nên khác biệt: cô ấy đề nghị gọi video qua điện thoại ngay, vào cuộc gọi với camera bật, và qua cùng bước kiểm tra trực tiếp như mọi ứng viên khác.
hiring-broken-webcam-fine-interview-cheating = Cô ấy dừng lại để chọn ví dụ, rồi kể một chuyện cụ thể từ công việc của chính mình và trả lời được câu hỏi tiếp theo. Suy nghĩ trước khi trả lời không giống với đọc câu trả lời do người khác nhắc.
hiring-broken-webcam-fine-local-knowledge = Những gì cô ấy kể về thành phố của mình rất cụ thể và khớp với CV. Giọng nói hay vài lỗi tiếng Anh nhỏ không nói lên danh tính; điều quan trọng là câu chuyện khớp và người trên camera khớp với giấy tờ.
