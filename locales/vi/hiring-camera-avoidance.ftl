# Kịch bản “hiring-camera-avoidance”: người chơi tuyển một lập trình viên backend làm từ xa cho
# công ty nhỏ của mình.
# Biến: $candidate (tên trên hồ sơ ứng tuyển; một người đàn ông, gọi là “anh”),
# $colleague (trưởng nhóm backend của người chơi; có thể là nam hoặc nữ, nên không dùng từ chỉ
# giới tính cho người này), $home (denver, chicago hoặc seattle: nơi ứng viên nói mình đang
# sống), $rate (đô la mỗi giờ).
# Xưng hô: ứng viên xưng “tôi”, gọi phía công ty là “anh/chị” hoặc “quý công ty”; phía công ty
# xưng “chúng tôi” và gọi ứng viên là “anh”. Trong nhóm, người chơi và đồng nghiệp xưng “mình”,
# gọi nhau là “bạn”. Ứng viên viết và nói trau chuốt, lịch sự, câu đầy đủ; tiếng Anh là ngôn ngữ
# thứ hai của anh ấy, và điều đó không bao giờ là dấu hiệu cảnh báo.
# Trong cuộc gọi video, tin nhắn là lời nói.

hiring-camera-avoidance-title = Phỏng vấn một lập trình viên backend
hiring-camera-avoidance-summary = Bạn đang tuyển một lập trình viên backend làm từ xa cho công ty nhỏ của mình. Một hồ sơ ứng tuyển đến qua LinkedIn.
hiring-camera-avoidance-cast-candidate = { $candidate }
hiring-camera-avoidance-cast-colleague = { $colleague }

hiring-camera-avoidance-applied = { $candidate } đã ứng tuyển vào tin tuyển dụng “Lập trình viên backend, hợp đồng từ xa, { MONEY($rate) }/giờ” của bạn. Có đính kèm CV.
hiring-camera-avoidance-hello = Xin chào, và cảm ơn quý công ty đã đăng tin tuyển dụng này. Tôi là kỹ sư backend với tám năm kinh nghiệm về Node.js và Go, hiện sống ở { $home ->
    [denver] Denver
    [chicago] Chicago
   *[seattle] Seattle
}, và rất mong có dịp trao đổi.
hiring-camera-avoidance-cv-note = Xin lưu ý một điều về CV: hồ sơ LinkedIn của tôi do một công ty tuyển dụng lập từ vài năm trước và đã cũ. Xin anh/chị dựa vào CV; đó là bản mới nhất.
hiring-camera-avoidance-compare = Bạn đặt CV cạnh hồ sơ LinkedIn. LinkedIn: tốt nghiệp năm 2014, sau đó năm năm làm ở một công ty logistics. CV: một trường đại học khác, tốt nghiệp năm 2017, và chỉ hai năm ở chính công ty đó.

hiring-camera-avoidance-profile-choice-update = Cảm ơn anh. Anh cập nhật LinkedIn cho khớp với CV rồi gửi tôi đường link được không?
hiring-camera-avoidance-profile-choice-update-feedback = Để anh ta tự sửa hồ sơ thì hai bản sẽ khớp nhau, nhưng bạn vẫn không biết bản nào là thật. Những chỗ vênh giữa các hồ sơ nên được hỏi trực tiếp, bật camera: một người thật giải thích được trong một phút.
hiring-camera-avoidance-profile-choice-later = Cảm ơn anh! Chúng ta cùng xem lại CV và những chỗ khác nhau đó trong cuộc gọi video nhé.
hiring-camera-avoidance-profile-choice-later-feedback = Kế hoạch tốt. Nhờ so sánh các hồ sơ mà bạn thấy những chỗ vênh; một cuộc gọi trực tiếp, bật camera, là nơi thích hợp để hỏi về chúng.
hiring-camera-avoidance-profile-choice-skip = Hồ sơ do công ty tuyển dụng làm hay sai lắm, không sao đâu. Chúng tôi xem CV là chính; hẹn một cuộc gọi nhé.

hiring-camera-avoidance-update-reply = Tất nhiên rồi. Tối nay tôi sẽ sửa lại hồ sơ để mọi thứ khớp nhau. Cảm ơn anh chị đã nhắc.
hiring-camera-avoidance-invite = Bạn gửi lời mời gọi video vào thứ Năm lúc 10:00 theo giờ của bạn.

hiring-camera-avoidance-resched = Cảm ơn anh/chị đã mời. Liệu có thể dời cuộc gọi sang thứ Sáu cùng giờ được không? Sáng thứ Năm tôi có lịch khám bệnh không thể đổi được.
hiring-camera-avoidance-resched-choice-yes = Tất nhiên rồi. Vậy 10:00 thứ Sáu; tôi sẽ cập nhật lời mời.
hiring-camera-avoidance-resched-choice-refuse = Chúng tôi giữ đúng lịch đã đưa ra. Thứ Năm không được thì thôi vậy.
hiring-camera-avoidance-resched-choice-refuse-feedback = Như vậy là khắt khe hơn mức cần thiết. Xin dời buổi phỏng vấn một lần, lịch sự và kèm giờ mới, là chuyện bình thường trong cuộc sống; nó không nói gì về việc người đó là ai.
hiring-camera-avoidance-resched-choice-proof = Được, nếu anh gửi cho chúng tôi giấy xác nhận lịch khám của bác sĩ.
hiring-camera-avoidance-resched-thanks = Cảm ơn anh/chị rất nhiều. Vậy hẹn 10:00 thứ Sáu.
hiring-camera-avoidance-resched-move = Tôi hiểu. Tôi sẽ dời lịch khám và tham gia vào thứ Năm như đã hẹn.

hiring-camera-avoidance-joined = { $candidate } đã tham gia cuộc gọi. Camera của anh ấy đang tắt.
hiring-camera-avoidance-colleague-hi = Chào anh, tôi là { $colleague }, phụ trách nhóm backend. Rất vui được gặp anh!
hiring-camera-avoidance-cam-excuse = Chào buổi sáng, anh/chị nghe rõ tôi không? Xin lỗi: webcam của tôi bị hỏng từ hôm qua, cái mới tuần sau mới tới. Hôm nay chỉ dùng âm thanh có được không?

hiring-camera-avoidance-cam-choice-phone = Chuyện đó vẫn xảy ra. Anh vào bằng điện thoại một phút, bật camera được không?
hiring-camera-avoidance-cam-choice-phone-feedback = Đúng vậy. Gần như ai cũng có một chiếc camera thứ hai trong túi, và đằng nào bạn cũng gặp mọi ứng viên qua video trực tiếp. Một ứng viên không thể xuất hiện trên bất kỳ camera nào là dấu hiệu cần xem xét nghiêm túc.
hiring-camera-avoidance-cam-choice-audio = Được chứ, hôm nay âm thanh là đủ. Có nhiều thứ cần bàn, nên mình bắt đầu luôn nhé.
hiring-camera-avoidance-cam-choice-cv = Không sao cả. CV của anh đã nói lên nhiều điều; chỉ âm thanh là ổn rồi.

hiring-camera-avoidance-phone-reply = Tiếc là điện thoại của tôi là đời cũ, camera trước cũng không hoạt động. Chúng ta bắt đầu được không, lần sau tôi sẽ sẵn lòng bật video?

hiring-camera-avoidance-accent = Trước khi bắt đầu, tôi có một đề nghị nhỏ: tiếng Anh là ngôn ngữ thứ hai của tôi, nên thỉnh thoảng tôi có thể nhờ nhắc lại câu hỏi. Mong là điều đó không sao.
hiring-camera-avoidance-accent-choice-fine = Tất nhiên. Anh cứ nhờ nhắc lại bất cứ lúc nào, và cứ từ từ.
hiring-camera-avoidance-accent-choice-origin = Hồ sơ ghi anh sống ở đây. Vậy thật ra anh là người ở đâu?
hiring-camera-avoidance-accent-choice-origin-feedback = Câu hỏi đó nhắm sai chỗ. Nhiều người sống và làm việc ở Mỹ lớn lên với một ngôn ngữ khác. Giọng nói không nói gì về danh tính; camera trực tiếp và việc kiểm tra giấy tờ qua bên cung cấp dịch vụ nhân sự, giống nhau cho mọi người, mới nói được.
hiring-camera-avoidance-accent-choice-native = Với vị trí làm từ xa, chúng tôi thật ra mong người nói tiếng Anh bản ngữ.
hiring-camera-avoidance-accent-reply = Tôi lớn lên ở nước ngoài và chuyển đến đây làm việc từ vài năm trước. Chúng ta bắt đầu phần kỹ thuật nhé?

hiring-camera-avoidance-q1 = Mình bắt đầu với công việc gần nhất của anh nhé. CV ghi anh đã chuyển một hệ thống thanh toán từ một ứng dụng lớn sang các service Go nhỏ. Phần khó nhất là gì?
hiring-camera-avoidance-pause-1 = Một khoảng im lặng dài. Bạn nghe thấy tiếng gõ phím rất nhanh.
hiring-camera-avoidance-a1 = Đó là một câu hỏi rất hay. Phần khó nhất là khả năng mở rộng. Microservices mang lại khả năng mở rộng, khả năng phục hồi và triển khai nhanh hơn, và chúng tôi đã theo các best practice về Docker, Kubernetes và CI/CD.
hiring-camera-avoidance-q2 = Đúng, nhưng trong dự án của anh: khi hệ thống cũ và mới cùng chạy, anh làm sao để một khoản thanh toán không bị ghi hai lần?
hiring-camera-avoidance-pause-2 = Lại một khoảng im lặng dài và tiếng gõ phím. Rồi câu trả lời bắt đầu từ giữa câu, bằng giọng đều đều, như đang đọc to.
hiring-camera-avoidance-a2 = …và vì vậy chúng tôi dùng distributed transaction trên mọi service, điều này đảm bảo không khoản thanh toán nào bị trùng lặp, trong mọi trường hợp.

hiring-camera-avoidance-answers-choice-own-words = Tạm gác lý thuyết nhé. Anh còn nhớ bug nào trong dự án đó không?
hiring-camera-avoidance-answers-choice-own-words-feedback = Nước đi tốt. Câu hỏi đào sâu vào công việc trước đây của chính ứng viên rất khó trả lời theo kịch bản; khoảng lặng dài và câu trả lời kiểu sách giáo khoa cho thấy có người khác đang nhắc bài.
hiring-camera-avoidance-answers-choice-next = Khá rõ, và hợp với stack của chúng tôi. Mình nói chuyện anh có thể bắt đầu khi nào nhé.
hiring-camera-avoidance-answers-choice-praise = Trả lời chuẩn sách giáo khoa, đó là dấu hiệu tốt. Mình sang phần thực tế nhé.

hiring-camera-avoidance-bug-reply = Tất nhiên là có nhiều. Tôi chủ yếu làm phần kiến trúc, nên chi tiết từng bug là việc của nhóm.

hiring-camera-avoidance-availability = Cảm ơn cả hai anh/chị đã dành thời gian. Tôi có thể bắt đầu vào thứ Hai. Vì camera của tôi vẫn hỏng, chúng ta có thể hoàn tất phần còn lại qua email không? Hôm nay tôi có thể gửi bản scan hộ chiếu và hai thư giới thiệu.
hiring-camera-avoidance-verify-choice-live = Mọi người chúng tôi tuyển đều qua một cuộc gọi video trực tiếp và bước kiểm tra giấy tờ của bên nhân sự.
hiring-camera-avoidance-verify-choice-live-feedback = Chính xác: cùng hai bước kiểm tra cho mọi ứng viên, bất kể giọng nói hay xuất thân. Ứng viên thật qua được trong vài phút; một bản scan gửi qua email không chứng minh được ai đang ngồi trước bàn phím.
hiring-camera-avoidance-verify-choice-scan = Bản scan hộ chiếu và hai thư giới thiệu là đủ với chúng tôi. Anh gửi đi, chúng tôi soạn hợp đồng.
hiring-camera-avoidance-verify-choice-after = Anh cứ gửi bản scan và thư giới thiệu ngay hôm nay, còn cuộc gọi video thì đợi webcam mới của anh về rồi làm.
hiring-camera-avoidance-verify-choice-after-feedback = Tuyển trước, kiểm tra sau thường có nghĩa là không bao giờ kiểm tra: khi đã có hợp đồng và quyền truy cập, camera có thể hỏng mãi. Cuộc gọi trực tiếp và bước kiểm tra giấy tờ phải đến trước lời mời làm việc, với mọi ứng viên.

hiring-camera-avoidance-live-invite = Bạn gửi lời mời cho một cuộc gọi ngắn thứ hai, bật camera, cùng đường link kiểm tra giấy tờ của bên cung cấp dịch vụ nhân sự, như với mọi ứng viên.
hiring-camera-avoidance-no-show = Đến giờ hẹn, { $candidate } không vào cuộc gọi. Đường link kiểm tra giấy tờ vẫn chưa được mở. Một giờ sau, có một email đến.
hiring-camera-avoidance-email-docs = Tiêu đề: Giấy tờ của tôi. Kính gửi quý công ty, tôi xin lỗi vì đã lỡ cuộc gọi; đường truyền của tôi bị mất. Để chứng minh tôi là ai, tôi đính kèm bản scan hộ chiếu và các thư giới thiệu. Mong chúng ta có thể bắt đầu vào thứ Hai. Trân trọng, { $candidate }
hiring-camera-avoidance-glitch-on = Lần này camera đã bật. Khuôn mặt mịn màng và được chiếu sáng đều. Như với mọi ứng viên, { $colleague } nhờ anh ấy quay đầu sang một bên và từ từ đưa một bàn tay qua trước mặt.
hiring-camera-avoidance-glitch = Khi bàn tay lướt qua, viền khuôn mặt nhòe đi và trễ lại phía sau; cái đầu khi quay sang trông phẳng dẹt, như được dán lên.
hiring-camera-avoidance-glitch-excuse = Xin lỗi, hôm nay đường truyền của tôi rất chập chờn, hình ảnh bị vỡ. Chúng ta bỏ qua phần này được không? Tôi có thể gửi email bản scan hộ chiếu thay thế.

hiring-camera-avoidance-final-choice-report = [Dừng quy trình, giữ lại ghi chú và các email, rồi báo cáo hồ sơ này với LinkedIn]
hiring-camera-avoidance-final-choice-report-feedback = Lặng lẽ dừng lại và báo cáo là cách kết thúc an toàn nhất: LinkedIn có thể xem xét hồ sơ trước khi nó ứng tuyển ở nơi khác. Hãy giữ lại CV, các email và ghi chú của bạn từ các cuộc gọi.
hiring-camera-avoidance-final-choice-selfie = Vậy anh gửi kèm bản scan một đoạn video ngắn quay cảnh anh cầm hộ chiếu nhé.
hiring-camera-avoidance-final-choice-selfie-feedback = Một đoạn video quay sẵn không phải là kiểm tra trực tiếp: không ai bảo nó quay đầu hay đưa tay qua trước mặt được, và nó có thể bị chỉnh sửa trước khi gửi. Chỉ cuộc gọi trực tiếp và bước kiểm tra giấy tờ của bên nhân sự, như nhau với mọi người, mới gắn khuôn mặt với đúng con người.
hiring-camera-avoidance-final-choice-accept = Mạng chập chờn, tôi hiểu. Bản scan hộ chiếu là đủ; thứ Hai có hợp đồng.

hiring-camera-avoidance-offer-sent = Đã gửi hợp đồng: { MONEY($rate) }/giờ, từ thứ Hai được truy cập mã nguồn, kênh chat nội bộ và các tài khoản cloud của công ty bạn.
hiring-camera-avoidance-weeks-later = Sáu tuần sau, bên cung cấp dịch vụ IT viết cho bạn: tài khoản của người mới đăng nhập qua VPN, và đêm qua toàn bộ kho mã nguồn đã bị sao chép sang một tài khoản lạ.
hiring-camera-avoidance-compromised = Người đang làm việc không phải là người trong hồ sơ ứng tuyển. FBI cảnh báo rằng những người làm như vậy đã từng sao chép mã nguồn của công ty và đòi tiền sau khi bị cho nghỉ, còn tiền công thì chảy ra nước ngoài: Liên Hợp Quốc liên hệ nguồn thu này với các chương trình vũ khí của Triều Tiên. Chuyện này đã xảy ra với hàng trăm công ty, cả những công ty cẩn thận; điều quan trọng bây giờ là hành động. Hãy cắt quyền truy cập của người này, đổi mật khẩu và khóa truy cập, giữ lại nhật ký hệ thống, và báo cáo hồ sơ.
hiring-camera-avoidance-selfie-sent = Chưa đầy một giờ sau, một đoạn video gửi đến: khuôn mặt mịn màng, sáng đều, bên cạnh là tấm hộ chiếu giơ lên, kèm lời chào thân thiện. Không ai có thể bảo nó quay đầu. Bạn gửi hợp đồng.
hiring-camera-avoidance-reported = Bạn đã dừng quy trình và báo cáo. LinkedIn có thể xem xét hồ sơ trước khi nó ứng tuyển vào công ty tiếp theo.

hiring-camera-avoidance-fine-unreachable = Dời buổi phỏng vấn một lần, báo trước và kèm giờ mới, là chuyện bình thường. Dấu hiệu cảnh báo là một người không bao giờ liên lạc được vào giờ họ nói mình làm việc, chứ không phải một lần đổi lịch.
hiring-camera-avoidance-fine-local-knowledge = Tiếng Anh là ngôn ngữ thứ hai là chuyện bình thường với những người sống và làm việc ở Mỹ, và giọng nói không cho biết một người là ai. Điều làm nên khác biệt ở đây là chiếc camera không bao giờ bật và bước kiểm tra trực tiếp mà anh ấy né tránh.
