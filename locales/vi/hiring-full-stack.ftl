# Kịch bản “hiring-full-stack”: người chơi tuyển một lập trình viên full-stack làm từ xa cho
# công ty nhỏ của mình; khuôn mặt của ứng viên trong cuộc gọi video là một khuôn mặt bị tráo
# trực tiếp (face swap).
# Biến: $candidate (tên trên hồ sơ ứng tuyển; một người đàn ông, gọi là “anh”),
# $colleague (trưởng nhóm phát triển của người chơi; có thể là nam hoặc nữ, nên không dùng từ
# chỉ giới tính cho người này), $home (porto, krakow hoặc valencia: nơi ứng viên nói mình đang
# sống), $rate (đô la mỗi giờ).
# Xưng hô: ứng viên xưng “tôi”, gọi phía công ty là “anh chị” hoặc “quý công ty”; phía công ty
# xưng “chúng tôi” và gọi ứng viên là “anh”. Trong nhóm, người chơi và đồng nghiệp xưng “mình”,
# gọi nhau là “bạn”. Ứng viên viết và nói trau chuốt, lịch sự, câu đầy đủ, không dùng emoji.
# Trong cuộc gọi video, tin nhắn là lời nói; dòng có (Chat) chỉ gửi cho người chơi trong khung
# chat cuộc họp. Bước kiểm tra trực tiếp áp dụng cho mọi ứng viên; nó không liên quan gì đến
# giọng nói hay quốc tịch.

hiring-full-stack-title = Phỏng vấn video cho vị trí full-stack
hiring-full-stack-summary = Bạn đang tuyển một lập trình viên full-stack làm từ xa cho công ty nhỏ của mình. Một ứng viên có CV rất tốt sắp đến buổi phỏng vấn video.
hiring-full-stack-cast-candidate = { $candidate }
hiring-full-stack-cast-colleague = { $colleague }

hiring-full-stack-applied = { $candidate } đã ứng tuyển qua email vào tin tuyển dụng “Lập trình viên full-stack, hợp đồng từ xa, { MONEY($rate) }/giờ” của bạn. Có kèm đường dẫn tới CV, hồ sơ LinkedIn và mã nguồn công khai của anh ấy.
hiring-full-stack-hello = Xin chào! Cảm ơn quý công ty đã xem xét hồ sơ của tôi. Tôi có bảy năm kinh nghiệm với TypeScript, React và Node.js, gần đây nhất là các hệ thống đặt chỗ cho công ty du lịch. Tôi sống ở { $home ->
    [porto] Porto
    [krakow] Kraków
   *[valencia] Valencia
} và đã quen làm việc với các nhóm ở múi giờ khác.
hiring-full-stack-compare = Bạn xem qua các hồ sơ của anh ấy. CV và LinkedIn khớp nhau về thời gian và nơi làm việc. Ảnh LinkedIn là một bức chân dung sắc nét, ánh sáng đẹp; mã nguồn công khai gọn gàng, dù không nhiều.
hiring-full-stack-invite = Bạn mời anh ấy gọi video vào thứ Ba lúc 15:00 theo giờ của bạn. Như với mọi ứng viên, lời mời nói rõ quy trình: bật camera, một phút kiểm tra trực tiếp ở cuối cuộc gọi, và kiểm tra giấy tờ tùy thân qua đơn vị nhân sự (HR) bên ngoài của bạn trước khi đưa ra bất kỳ lời mời làm việc nào.

hiring-full-stack-resched = Cảm ơn anh chị đã mời và đã giải thích quy trình rất rõ ràng. Liệu có thể dời cuộc gọi sang thứ Tư cùng giờ được không? Chiều thứ Ba chúng tôi phát hành một bản cập nhật cho khách hàng hiện tại của tôi.
hiring-full-stack-resched-choice-yes = Tất nhiên. Vậy thứ Tư lúc 15:00; tôi sẽ gửi anh lời mời mới.
hiring-full-stack-resched-choice-keep = Nhóm chúng tôi chỉ rảnh thứ Ba. Anh thu xếp nhé, không thì thôi.
hiring-full-stack-resched-choice-keep-feedback = Như vậy là khắt khe quá mức cần thiết. Dời cuộc gọi đầu tiên một lần, lịch sự và có giờ mới, không nói lên điều gì về việc người đó là ai.
hiring-full-stack-resched-choice-proof = Chỉ khi khách hàng đó xác nhận ngày phát hành với chúng tôi trước. Anh hỏi họ nhé?
hiring-full-stack-resched-choice-proof-feedback = Bắt khách hàng của một người lạ bảo đảm cho một ngày hẹn là dựng rào cản trước một đề nghị rất bình thường. Dời lịch một lần với giờ mới là chuyện thường ngày; dấu hiệu đáng ngại là người không bao giờ liên lạc được vào giờ họ nói là đang làm việc.
hiring-full-stack-resched-thanks = Cảm ơn, anh chị thật chu đáo. Vậy hẹn thứ Tư lúc 15:00.
hiring-full-stack-resched-keep = Tôi hiểu. Tôi sẽ sắp xếp lại ngày của mình và tham gia vào thứ Ba như đã hẹn.

hiring-full-stack-joined = { $candidate } vào đúng giờ, camera bật: tai nghe có mic, một bức tường trơn màu sáng, ánh sáng đều. Anh ấy trông y hệt ảnh LinkedIn.
hiring-full-stack-colleague-hi = Chào anh, tôi là { $colleague }, phụ trách mảng phát triển ở đây. Cảm ơn anh đã dành thời gian!
hiring-full-stack-greet = Chào buổi chiều, và cảm ơn cả hai anh chị. Tôi đeo tai nghe vì hàng xóm đang sửa nhà; hy vọng phía anh chị nghe rõ.
hiring-full-stack-greet-alt = Chào buổi chiều, cảm ơn anh chị đã dành thời gian cho tôi. Xin thứ lỗi vì tôi đeo tai nghe: nhà bên cạnh đang thi công, và tôi muốn chắc rằng anh chị nghe rõ tôi nói.

hiring-full-stack-freeze = Giữa câu, toàn bộ hình ảnh đứng hình và tiếng mất hẳn. Mười giây sau cả hai trở lại, vỡ hạt một thoáng, rồi nét trở lại.
hiring-full-stack-freeze-sorry = Xin lỗi, kết nối của tôi vừa rớt một lúc. Có vẻ đã ổn định lại. Chúng ta tiếp tục nhé? Nếu còn bị nữa, tôi có thể chuyển sang điểm phát Wi-Fi từ điện thoại.
hiring-full-stack-freeze-choice-on = Không sao, mạng rớt là chuyện thường. Ta tiếp tục, vẫn bật camera như trước.
hiring-full-stack-freeze-choice-end = (Chat) Mặt đứng hình là dấu hiệu deepfake. Mình kết thúc cuộc gọi ngay đây.
hiring-full-stack-freeze-choice-end-feedback = Cả khung hình đứng lại, cùng với tiếng, rồi trở lại rõ nét: đó là do mạng. Một khuôn mặt bị tráo trực tiếp lộ ra theo cách khác: chính khuôn mặt vỡ ra trong khi căn phòng vẫn rõ. Bước kiểm tra cuối cuộc gọi là lúc để biết.
hiring-full-stack-freeze-choice-audio = Mọi người tắt camera cho nhẹ đường truyền rồi tiếp tục bằng giọng nói nhé.
hiring-full-stack-freeze-choice-audio-feedback = Tắt camera là bỏ đi đúng điều mà buổi phỏng vấn video tồn tại để làm. Mạng rớt là lý do để chờ một chút hoặc đổi mạng, không phải để thôi nhìn thấy người đối diện.
hiring-full-stack-hold-on = (Chat) Khoan, cả khung hình đứng lại, tiếng cũng mất. Chỉ là mạng thôi. Cứ làm bước kiểm tra quen thuộc ở cuối rồi hẵng quyết.
hiring-full-stack-audio-ok = Cảm ơn, anh chị thật chu đáo. Khi nào cần, tôi sẽ bật lại camera.

hiring-full-stack-q1 = Nói về dự án gần nhất của anh nhé. Làm sao các anh ngăn hai người đặt cùng một phòng khách sạn vào cùng một thời điểm?
hiring-full-stack-a1 = Chúng tôi giữ mỗi phòng bằng một lượt giữ chỗ ngắn trong Redis, khóa theo phòng và ngày, hết hạn sau mười phút. Bước thanh toán xác nhận lượt giữ trong Postgres bên trong một giao dịch, với một ràng buộc unique làm tuyến phòng thủ cuối cùng. Khi tải cao, chúng tôi thấy vài lượt giữ trùng, và ràng buộc đã chặn được tất cả.
hiring-full-stack-lips = Một câu trả lời rõ ràng, chặt chẽ. Nhưng khi anh ấy nói, môi chậm hơn lời một nhịp, và khi anh ấy ngả người ra sau, đường viền hàm nhấp nháy trên nền tường. Bức tường thì vẫn sắc nét hoàn toàn.
hiring-full-stack-cam-back = Một câu trả lời rõ ràng, chặt chẽ. Đến cuối cuộc gọi, anh ấy bật lại camera. Khi anh ấy nói, môi chậm hơn lời một nhịp, và đường viền hàm nhấp nháy trên nền tường, dù bức tường vẫn sắc nét.

hiring-full-stack-check-ask = Cảm ơn anh, phía chúng tôi hỏi vậy là đủ. Còn một việc cuối chúng tôi làm với mọi ứng viên: tắt nền ảo nếu anh đang dùng, quay hẳn đầu sang một bên rồi sang bên kia, và đưa một bàn tay chậm rãi qua trước mặt.
hiring-full-stack-turn = Anh ấy chỉ quay đầu một chút. Ở góc xa nhất, má trông phẳng như được vẽ lên, còn tai nhòe vào bức tường. Hai bàn tay vẫn khuất khỏi khung hình.
hiring-full-stack-check-excuse = Xin lỗi, sau tuần phát hành tôi bị cứng cổ, và tính năng tự căn khung của camera xử lý chuyển động không tốt. Anh chị vẫn thấy tôi rõ mà, và tôi trông đúng như trong ảnh. Ta dừng ở đây được không?
hiring-full-stack-check-choice-object = Vậy anh không cần quay xa. Chỉ cần cầm một món đồ bất kỳ, cái cốc hay cây bút, đưa chậm qua trước mặt.
hiring-full-stack-check-choice-object-feedback = Đúng: vẫn bước kiểm tra ấy, chỉ dễ làm hơn. Khuôn mặt bị tráo trực tiếp thường vỡ khi có vật đi qua trước mặt hoặc khi đầu quay xa, còn người thật làm việc này trong vài giây, cứng cổ hay không.
hiring-full-stack-check-choice-skip = Tất nhiên, đừng để đau cổ. Anh trông y hệt ảnh của mình, với chúng tôi vậy là đủ.
hiring-full-stack-check-choice-skip-feedback = Trông y hệt ảnh hồ sơ chính là điều một face swap trực tiếp được tạo ra để làm: nó được dựng từ chính những bức ảnh như vậy. Cùng một bước kiểm tra ngắn cho mọi người, quay đầu và một bàn tay hay món đồ đi qua trước mặt, là thứ một “mặt nạ” như thế khó vượt qua.
hiring-full-stack-check-choice-hr = Được, hôm nay tạm bỏ qua. Đằng nào bước kiểm tra giấy tờ bên HR cũng sẽ xác định anh là ai.
hiring-full-stack-check-choice-hr-feedback = Kiểm tra giấy tờ rất quan trọng, nhưng kẻ ngồi sau khuôn mặt này cũng sẽ tìm cách qua mặt nó, còn kiểm tra trực tiếp chỉ mất một phút, như nhau với mọi người. Ứng viên không chịu làm là đang cho bạn biết điều gì đó.
hiring-full-stack-wrap = Cảm ơn cả hai anh chị, tôi rất thích cuộc trò chuyện. Tôi mong được nghe về các bước tiếp theo.

hiring-full-stack-glitch = Anh ấy nhấc một chiếc cốc lên. Khi nó đi qua cằm, nửa dưới khuôn mặt nhòe ra, vành cốc như lún vào xương hàm; trong thoáng chốc, một khuôn mặt khác, hẹp hơn, lộ ra bên dưới. Rồi màn hình tối đen.
hiring-full-stack-cam-off = Xin lỗi, phần mềm camera của tôi vừa bị treo. Vì ta đã trao đổi đủ cả rồi, mình kết thúc bằng giọng nói được không? Tối nay tôi sẽ gửi email một đoạn video ngắn quay chính tôi.
hiring-full-stack-camoff-choice-phone = Bước này cần camera trực tiếp. Anh vào lại bằng điện thoại được không?
hiring-full-stack-camoff-choice-phone-feedback = Đúng. Gần như ai cũng có một camera thứ hai trong túi, và bước kiểm tra chỉ mất một phút. Một ứng viên không thể xuất hiện trên bất kỳ camera trực tiếp nào ngay sau khi khuôn mặt vừa vỡ ra là dấu hiệu cần xem xét nghiêm túc.
hiring-full-stack-camoff-choice-audio = Được, chúng tôi thấy anh gần hết buổi rồi. Kết thúc bằng giọng nói, video gửi sau.
hiring-full-stack-camoff-choice-audio-feedback = Hình ảnh vỡ đúng lúc bước kiểm tra bắt đầu, và giờ camera đã tắt. Một video quay sẵn không thay thế được: không ai bảo nó quay đầu được, và nó có thể được làm từ trước.
hiring-full-stack-camoff-choice-hr = Thôi được, bỏ phần trực tiếp và dựa vào bước kiểm tra giấy tờ bên HR.
hiring-full-stack-camoff-choice-hr-feedback = Khuôn mặt nhòe đi khi chiếc cốc lướt qua, rồi camera tối đen: đó mới là khoảnh khắc quan trọng. Để hết cho một bước kiểm tra sau này nghĩa là tin rằng kẻ đứng sau khuôn mặt ấy cũng không lừa được bước đó.
hiring-full-stack-phone-reply = Tiếc là lúc này tôi không có điện thoại bên cạnh. Tối nay tôi sẽ gửi anh chị video thay vào đó; tôi tin nó sẽ trả lời mọi câu hỏi.
hiring-full-stack-audio-end = Bạn kết thúc cuộc gọi bằng giọng nói. Các câu trả lời của anh ấy vẫn rõ ràng và tự tin.
hiring-full-stack-left = { $candidate } rời cuộc gọi.

hiring-full-stack-hr-link = Như với mọi ứng viên, bạn gửi cho anh ấy đường dẫn đến bước kiểm tra giấy tờ của đơn vị HR: ảnh hộ chiếu và một đoạn video selfie quay trực tiếp.
hiring-full-stack-email-video = Tiêu đề: Kiểm tra giấy tờ. Kính gửi { $colleague } và quý công ty, một lần nữa cảm ơn anh chị đã dành thời gian. Rất tiếc, bước selfie của đơn vị HR cứ bị lỗi trên camera của tôi. Tôi đính kèm bản scan hộ chiếu và một đoạn video ngắn tôi quay đầu. Tôi đang có một lời mời khác phải trả lời trước thứ Sáu, nên rất mong chúng ta có thể tiến hành dựa trên những giấy tờ này. Trân trọng, { $candidate }
hiring-full-stack-video-seen = Đoạn video: một khuôn mặt mịn màng, sáng đều, chậm rãi quay trái, quay phải rồi mỉm cười. Không một bàn tay hay món đồ nào đi qua trước mặt. Bản scan hộ chiếu rất rõ nét.

hiring-full-stack-final-choice-report = [Chặn địa chỉ của anh ta, giữ lại email cùng ghi chú, và báo cáo hồ sơ với LinkedIn]
hiring-full-stack-final-choice-report-feedback = Lặng lẽ đóng hồ sơ và báo cáo là kết thúc an toàn nhất: LinkedIn có thể xem xét hồ sơ đó trước khi nó ứng tuyển ở nơi khác. Bạn chưa bao giờ cần chứng minh đó là deepfake; ứng viên không qua được bước kiểm tra mà ai cũng qua thì không nhận được việc.
hiring-full-stack-final-choice-accept = Câu trả lời của anh ấy hay nhất từ trước tới giờ. Video và bản scan là đủ; gửi hợp đồng đi.
hiring-full-stack-final-choice-accept-feedback = Video quay sẵn và bản scan không chứng minh được gì trực tiếp: video có thể làm từ trước, và không ai bảo nó đưa tay qua trước mặt được. Câu trả lời giỏi cho thấy người đó có năng lực, không cho thấy người đó là ai.
hiring-full-stack-final-choice-onboard = [Gửi lời mời làm việc trước thứ Sáu, hẹn anh ấy kiểm tra giấy tờ trong tuần làm việc đầu]
hiring-full-stack-final-choice-onboard-feedback = Kiểm tra sau khi đã mời làm việc có thể sẽ không bao giờ diễn ra: lúc đó anh ta đã có hợp đồng, quyền truy cập và một lý do mới khiến camera hỏng. Kiểm tra trực tiếp và kiểm tra giấy tờ phải làm trước lời mời làm việc, với mọi ứng viên.

hiring-full-stack-offer-sent = Đã gửi hợp đồng: { MONEY($rate) }/giờ, từ thứ Hai được truy cập mã nguồn, kênh chat nội bộ và các tài khoản đám mây của công ty.
hiring-full-stack-weeks-later = Năm tuần sau, đơn vị IT của bạn gọi tới: tài khoản của người mới đăng nhập qua VPN vào những giờ mà anh ta bảo là đang ngủ, và đêm qua toàn bộ kho mã nguồn của bạn đã bị sao chép sang một tài khoản không ai biết.
hiring-full-stack-compromised = Người đang làm việc không phải là người đàn ông bạn đã thấy: khuôn mặt trong cuộc gọi được ghép trực tiếp lên mặt một người khác. Từ năm 2022, FBI đã cảnh báo về deepfake trong các buổi phỏng vấn việc làm từ xa, và về việc những người như vậy sao chép mã nguồn của công ty rồi đòi tiền sau khi bị cho nghỉ. Chuyện này xảy ra cả với những công ty cẩn thận; điều quan trọng bây giờ là hành động. Cắt quyền truy cập của người đó, đổi mật khẩu và khóa, giữ lại nhật ký truy cập, và báo cáo hồ sơ.
hiring-full-stack-reported = Bạn đã đóng hồ sơ và báo cáo. Bạn không cần chứng minh điều gì: chỉ một phút kiểm tra mà mọi ứng viên đều qua là đủ, và LinkedIn có thể xem xét hồ sơ đó trước khi nó ứng tuyển vào công ty tiếp theo.

hiring-full-stack-fine-unreachable = Dời cuộc gọi đầu tiên một lần, báo trước và có giờ mới, là chuyện bình thường. Dấu hiệu đáng ngại là người không bao giờ liên lạc được vào giờ họ nói là đang làm việc, chứ không phải một lần đổi lịch.
hiring-full-stack-fine-synthetic-media = Cả khung hình đứng lại, cùng với tiếng, rồi trở lại rõ nét: đó là mạng yếu. Điều làm lộ face swap về sau lại khác: khuôn mặt nhòe đi trong khi bức tường phía sau vẫn sắc nét, và vỡ ra khi chiếc cốc đi qua.
