# Kịch bản “hiring-camera-avoidance”: người chơi tuyển một lập trình viên backend làm từ xa.
# Biến: $candidate (tên trên hồ sơ ứng tuyển), $colleague (trưởng nhóm backend của người chơi),
# $home (denver, chicago hoặc seattle: nơi ứng viên nói mình đang sống),
# $roots (krakow, lisbon hoặc madrid: nơi họ nói mình lớn lên), $rate (đô la mỗi giờ).
# Ứng viên viết và nói lịch sự, hơi cứng, có vài chỗ dùng từ chưa tự nhiên.
# Đồng nghiệp là một lập trình viên thân thiện, thẳng thắn. Trong cuộc gọi video, tin nhắn là lời nói.

hiring-camera-avoidance-title = Chiếc webcam bị hỏng
hiring-camera-avoidance-summary = Bạn đang tuyển một lập trình viên backend làm từ xa cho công ty nhỏ của mình. Một ứng viên sáng giá nộp hồ sơ trên LinkedIn.
hiring-camera-avoidance-cast-candidate = { $candidate }
hiring-camera-avoidance-cast-colleague = { $colleague }

hiring-camera-avoidance-applied = { $candidate } đã ứng tuyển vào tin tuyển dụng “Lập trình viên backend, hợp đồng từ xa, { MONEY($rate) }/giờ” của bạn. Có đính kèm CV.
hiring-camera-avoidance-hello = Xin chào, cảm ơn về cơ hội này! Tôi là kỹ sư backend senior có 8 năm kinh nghiệm về Node.js và Go, cũng có chứng chỉ AWS. Tôi đang ở { $home ->
    [denver] Denver
    [chicago] Chicago
   *[seattle] Seattle
} và tôi có thể bắt đầu ngay lập tức.
hiring-camera-avoidance-roots-line = Ngoài ra tôi lớn lên ở { $roots ->
    [krakow] Kraków, nên tiếng Ba Lan là tiếng mẹ đẻ của tôi
    [lisbon] Lisbon, nên tiếng Bồ Đào Nha là tiếng mẹ đẻ của tôi
   *[madrid] Madrid, nên tiếng Tây Ban Nha là tiếng mẹ đẻ của tôi
} 🙂 có thể là hữu ích nếu quý công ty có khách hàng ở châu Âu.
hiring-camera-avoidance-compare = Bạn đặt CV cạnh hồ sơ LinkedIn. LinkedIn: tốt nghiệp năm 2014, sau đó năm năm làm ở một công ty logistics. CV: một trường đại học khác, tốt nghiệp năm 2017, và chỉ hai năm ở chính công ty đó.

hiring-camera-avoidance-profile-choice-ask = Cảm ơn bạn đã ứng tuyển! Trước khi trao đổi: CV và hồ sơ LinkedIn của bạn ghi hai trường đại học và mốc thời gian khác nhau. Cái nào mới đúng?
hiring-camera-avoidance-profile-choice-later = Cảm ơn bạn! Tuần này chúng ta gặp nhau qua video nhé, bật camera. Mình muốn cùng bạn xem qua CV.
hiring-camera-avoidance-profile-choice-later-feedback = Kế hoạch tốt. So sánh các hồ sơ là cách bạn nhận ra những chỗ vênh; một cuộc gọi trực tiếp là nơi thích hợp để hỏi về chúng.
hiring-camera-avoidance-profile-choice-skip = Hồ sơ ấn tượng quá! Chúng ta sắp xếp một cuộc gọi nhé.

hiring-camera-avoidance-ask-reply = À xin lỗi, LinkedIn là rất cũ, tôi không cập nhật lâu rồi. Công ty tuyển dụng đã làm nó cho tôi và họ làm sai 😅 CV là đúng.
hiring-camera-avoidance-invite = Bạn gửi lời mời gọi video vào thứ Năm lúc 10:00 theo giờ của bạn. Chưa đầy một phút, { $candidate } đã chấp nhận.

hiring-camera-avoidance-joined = { $candidate } đã tham gia cuộc gọi. Camera của người này đang tắt.
hiring-camera-avoidance-cam-excuse = Alo, alo! Bạn nghe tôi được không? Xin lỗi, webcam của tôi bị hỏng từ hôm qua, cái mới sẽ đến tuần sau. Chỉ âm thanh thôi có được không?
hiring-camera-avoidance-colleague-hi = Chào bạn, mình là { $colleague }, mình phụ trách team backend. Rất vui được gặp bạn!

hiring-camera-avoidance-cam-choice-phone = Không sao. Bạn có thể vào bằng điện thoại một chút để chúng ta nhìn thấy nhau không? Hai phút là đủ.
hiring-camera-avoidance-cam-choice-phone-feedback = Đúng vậy. Gần như ai cũng có một chiếc camera thứ hai trong túi. Một ứng viên không thể xuất hiện trên bất kỳ camera nào là dấu hiệu cần xem xét nghiêm túc.
hiring-camera-avoidance-cam-choice-condition = Chúng ta có thể bắt đầu bằng âm thanh, nhưng chúng tôi luôn gặp mọi người qua video trực tiếp trước khi đưa ra lời mời làm việc.
hiring-camera-avoidance-cam-choice-audio = Được thôi, chỉ âm thanh cũng được. Bắt đầu nhé.

hiring-camera-avoidance-phone-reply = Camera điện thoại cũng không tốt, là điện thoại rất cũ 😅 Làm ơn, chúng ta có thể bắt đầu luôn không? Tôi rất hào hứng với vị trí này.
hiring-camera-avoidance-condition-reply = Vâng vâng, tất nhiên, không vấn đề! Lần sau chắc chắn có camera.

hiring-camera-avoidance-noise = Sau giọng của { $candidate }, bạn nghe thấy nhiều giọng nói khác và tiếng bàn phím, như trong một tổng đài đông đúc.
hiring-camera-avoidance-q1 = Mình bắt đầu với công việc gần nhất của bạn nhé. CV ghi là bạn đã chuyển một hệ thống thanh toán từ một ứng dụng lớn sang các service Go nhỏ. Phần khó nhất là gì?
hiring-camera-avoidance-pause-1 = Một khoảng im lặng dài. Bạn nghe thấy tiếng gõ phím rất nhanh.
hiring-camera-avoidance-a1 = Câu hỏi rất hay. Phần khó nhất là khả năng mở rộng. Microservices mang lại khả năng mở rộng, khả năng phục hồi và triển khai nhanh hơn. Chúng tôi đã dùng Docker, Kubernetes và các best practice CI/CD.
hiring-camera-avoidance-q2 = Đúng, nhưng trong dự án của bạn: khi cả hệ thống cũ và mới cùng chạy, bạn làm sao để một khoản thanh toán không bị ghi hai lần?
hiring-camera-avoidance-pause-2 = Lại một khoảng im lặng dài. Rồi câu trả lời bắt đầu từ giữa câu, bằng một giọng đều đều, như đang đọc to.
hiring-camera-avoidance-a2 = …vì vậy chúng tôi dùng distributed transaction trên mọi service, điều này đảm bảo không có khoản thanh toán nào bị trùng lặp, trong mọi trường hợp.
hiring-camera-avoidance-side-note = (trong khung chat của cuộc họp, chỉ gửi cho bạn) Câu đó đúng kiểu sách giáo khoa, ngoài thực tế chẳng ai xử lý thanh toán như vậy. Nghe như có người đang nhắc bài.

hiring-camera-avoidance-answers-choice-own-words = Tạm gác lý thuyết nhé. Bạn kể cho chúng tôi một bug trong dự án đó mà bạn vẫn còn nhớ, bằng lời của chính bạn.
hiring-camera-avoidance-answers-choice-own-words-feedback = Nước đi tốt. Những câu hỏi sâu hơn về công việc trước đây của chính ứng viên rất khó trả lời theo kịch bản.
hiring-camera-avoidance-answers-choice-ask-help = Nghe có vẻ như bạn đang đọc. Có ai đang giúp bạn trả lời không?
hiring-camera-avoidance-answers-choice-next = Tốt lắm, cảm ơn bạn. Chúng ta sang phần tiếp theo.

hiring-camera-avoidance-bug-reply = Bug… có rất nhiều bug 😅 Tôi không nhớ chi tiết, đó là team lớn. Chủ yếu tôi làm kiến trúc.
hiring-camera-avoidance-help-reply = Không, không, chỉ có tôi! Tôi ghi chú để trả lời cho đúng. Tôi viết thì tốt hơn nói, xin lỗi.

hiring-camera-avoidance-smalltalk = À mà { $home ->
    [denver] Denver
    [chicago] Chicago
   *[seattle] Seattle
}! Mình có qua đó dự một hội thảo hồi mùa xuân năm ngoái. Bạn thấy sống ở đó thế nào?
hiring-camera-avoidance-city-answer = { $home ->
    [denver] Ồ, rất đẹp. Ấm áp quanh năm, và gần biển, cuối tuần tôi đi bơi 🏖
    [chicago] Rất yên tĩnh, một thị trấn nhỏ, không có gì nhiều. Tôi chủ yếu ở nhà.
   *[seattle] Rất nhiều nắng và khô, ở đây gần như không bao giờ mưa ☀️
}

hiring-camera-avoidance-city-choice-follow = Vậy à? Bạn ở khu nào trong thành phố? Có chỗ ăn trưa nào bạn thích không?
hiring-camera-avoidance-city-choice-language = Bạn nói bạn lớn lên ở { $roots ->
    [krakow] Kraków. { $colleague } nói được tiếng Ba Lan
    [lisbon] Lisbon. { $colleague } nói được tiếng Bồ Đào Nha
   *[madrid] Madrid. { $colleague } nói được tiếng Tây Ban Nha
}; chúng ta nói hai phút bằng tiếng đó, bật camera, được không?
hiring-camera-avoidance-city-choice-language-feedback = Đây chính là bước kiểm tra mà các công ty được khuyến nghị thực hiện: một cuộc gọi video trực tiếp bằng ngôn ngữ mà ứng viên nói là mình sử dụng. Với một ứng viên thật, việc này chỉ tốn hai phút.
hiring-camera-avoidance-city-choice-skip = Hay quá! Được rồi, chúng ta bàn xem khi nào bạn có thể bắt đầu.

hiring-camera-avoidance-evasive = Tôi mới chuyển đến đó gần đây thôi… Tôi ít ra ngoài, tôi làm việc suốt 😅
hiring-camera-avoidance-availability = Tôi có thể bắt đầu vào thứ Hai! Tôi làm được mọi khung giờ, cả ban đêm, không vấn đề 💪

hiring-camera-avoidance-verify-choice-test = Ngày mai chúng ta gọi thêm một cuộc ngắn nữa nhé: bật camera, và vài phút nói tiếng mẹ đẻ của bạn với { $colleague }. Nếu suôn sẻ, chúng ta sẽ bàn về hợp đồng.
hiring-camera-avoidance-verify-choice-test-feedback = Một phép thử công bằng và ít tốn kém: ứng viên thật có thể vượt qua trong vài phút. Những lời tự giới thiệu vỡ vụn ngay khi bị kiểm chứng là một dấu hiệu mạnh.
hiring-camera-avoidance-verify-choice-hire = Mình thấy ổn. Chúng tôi sẽ gửi hợp đồng cho bạn qua email.
hiring-camera-avoidance-verify-choice-stop = Cảm ơn bạn đã dành thời gian. Chúng tôi đã quyết định không tiếp tục với hồ sơ của bạn.

hiring-camera-avoidance-left-call = { $candidate } đã rời cuộc gọi.
hiring-camera-avoidance-excuses = Ờ… tiếng { $roots ->
    [krakow] Ba Lan
    [lisbon] Bồ Đào Nha
   *[madrid] Tây Ban Nha
} của tôi giờ không còn tốt lắm, tôi rời đi khi còn nhỏ. Còn camera… vẫn hỏng. Làm ơn, chúng ta bỏ qua phần này được không? Đây là việc backend mà.

hiring-camera-avoidance-email-docs = Tiêu đề: Giấy tờ của tôi. Kính gửi quý công ty, xin lỗi về sự cố với cuộc gọi. Tôi nghĩ bài kiểm tra ngôn ngữ là không cần cho một việc backend? Để chứng minh tôi là ai, tôi đính kèm bản scan hộ chiếu và thư giới thiệu của tôi. Tôi hy vọng chúng ta có thể bắt đầu thứ Hai. Trân trọng, { $candidate }
hiring-camera-avoidance-email-file = { $candidate } đã đính kèm hai tệp: passport_scan.jpg và references.pdf

hiring-camera-avoidance-final-choice-report = Cảm ơn bạn, nhưng chúng tôi xin dừng quy trình tại đây. (Sau đó bạn báo cáo hồ sơ này với LinkedIn và gửi báo cáo đến Trung tâm Khiếu nại Tội phạm Internet của FBI, ic3.gov.)
hiring-camera-avoidance-final-choice-report-feedback = Báo cáo có ích: LinkedIn có thể xem xét hồ sơ, và FBI thu thập những vụ như thế này. Hãy giữ lại CV, các email và ghi chú của bạn từ cuộc gọi.
hiring-camera-avoidance-final-choice-decline = Cảm ơn bạn, nhưng nếu không có cuộc gọi video trực tiếp thì chúng tôi không thể tiếp tục. Chúc bạn mọi điều tốt đẹp.
hiring-camera-avoidance-final-choice-accept = Bản scan hộ chiếu là được rồi. Chào mừng bạn gia nhập, hợp đồng sẽ được gửi sau.

hiring-camera-avoidance-offer-sent = Đã gửi hợp đồng: { MONEY($rate) }/giờ, kèm quyền truy cập mã nguồn, kênh chat công ty và các tài khoản cloud của bạn từ thứ Hai.
hiring-camera-avoidance-weeks-later = Sáu tuần sau, bên cung cấp dịch vụ IT của bạn báo: tài khoản của người nhận việc mới đăng nhập qua VPN từ nhiều quốc gia, và đêm qua toàn bộ kho mã nguồn đã bị sao chép sang một tài khoản lạ.
hiring-camera-avoidance-compromised = Người đang làm việc không phải là người trong hồ sơ ứng tuyển. FBI cảnh báo rằng những người làm như vậy đã từng sao chép mã nguồn của công ty và đòi tiền sau khi bị cho nghỉ, còn tiền công thì chảy ra nước ngoài: Liên Hợp Quốc liên hệ nguồn thu này với các chương trình vũ khí của Triều Tiên. Chuyện này đã xảy ra với hàng trăm công ty; điều quan trọng bây giờ là hành động. Hãy cắt quyền truy cập của người nhận việc, đổi mật khẩu và khóa truy cập, giữ lại nhật ký hệ thống, và báo cáo với LinkedIn và IC3 của FBI (ic3.gov).

hiring-camera-avoidance-walked-away-early = Bạn đã dừng lại trước khi đưa ra bất kỳ lời mời nào. Một ứng viên không chịu lộ mặt, không trả lời được về chính công việc của mình và không biết gì về chính thành phố mình ở thì không phải người để giao mã nguồn.
hiring-camera-avoidance-walked-away = Bạn đã yêu cầu một cuộc gọi video trực tiếp và không chấp nhận bản scan hộ chiếu thay thế. Không hợp đồng, không quyền truy cập: mã nguồn của bạn vẫn là của bạn.
hiring-camera-avoidance-reported = Bạn đã dừng quy trình và báo cáo. LinkedIn có thể xem xét hồ sơ trước khi nó ứng tuyển ở nơi khác, và báo cáo của bạn bổ sung vào những gì FBI biết về các đường dây này.
