# Kịch bản “hiring-live-check”: một ứng viên đàng hoàng. Người chơi tuyển một lập trình viên
# full-stack làm từ xa cho công ty nhỏ của mình; lúc đầu video của ứng viên trông hơi lạ.
# Biến: $candidate (ứng viên, nữ), $colleague (trưởng nhóm phát triển của người chơi; có thể là
# nam hoặc nữ, nên không dùng từ chỉ giới tính cho người này), $home (porto, krakow hoặc
# valencia: nơi cô ấy sống; ngân hàng và đồng tiền theo đó), $rate (đô la mỗi giờ).
# Xưng hô: ứng viên xưng “mình”, gọi phía công ty là “bạn” hoặc “các bạn”; phía công ty xưng
# “chúng tôi” hoặc “bọn mình” và gọi cô ấy là “bạn”. Trong nhóm, người chơi và đồng nghiệp
# xưng “mình”, gọi nhau là “bạn”. Ứng viên nói và viết thân thiện, thoải mái, có vài lỗi nhỏ của
# người không nói tiếng bản ngữ; đừng bao giờ chế giễu điều đó. Trong cuộc gọi video, tin nhắn
# là lời nói; dòng có (Chat) chỉ gửi cho người còn lại trong nhóm của người chơi, trong khung
# chat cuộc họp. Trong câu chuyện, buổi phỏng vấn diễn ra bằng tiếng Anh, nên nhận xét của đồng
# nghiệp là về tiếng Anh của cô ấy. Bước kiểm tra trực tiếp áp dụng cho mọi ứng viên.

hiring-live-check-title = Phỏng vấn một lập trình viên full-stack
hiring-live-check-summary = Bạn đang tuyển một lập trình viên full-stack làm từ xa cho công ty nhỏ của mình. Một ứng viên có CV tốt sẽ phỏng vấn video với bạn vào tuần tới.
hiring-live-check-cast-candidate = { $candidate }
hiring-live-check-cast-colleague = { $colleague }

hiring-live-check-applied = { $candidate } đã ứng tuyển qua email vào tin tuyển dụng “Lập trình viên full-stack, hợp đồng từ xa, { MONEY($rate) }/giờ” của bạn. Có kèm đường dẫn tới CV, hồ sơ LinkedIn và mã nguồn công khai của cô ấy.
hiring-live-check-hello = Chào buổi sáng, và cảm ơn bạn đã đọc hồ sơ của mình. Mình là lập trình viên full-stack, 6 năm, chủ yếu TypeScript và Vue, hai năm gần đây làm nền tảng logistics cho các công ty giao hàng. Mình sống ở { $home ->
    [porto] Porto
    [krakow] Kraków
   *[valencia] Valencia
} và có thể bắt đầu từ tháng sau.
hiring-live-check-invite = Bạn mời cô ấy gọi video vào thứ Ba lúc 15:00 theo giờ của bạn. Như với mọi ứng viên, lời mời nói rõ quy trình: bật camera, một phút kiểm tra trực tiếp ở cuối cuộc gọi, và kiểm tra giấy tờ tùy thân qua đơn vị nhân sự (HR) bên ngoài của bạn trước khi đưa ra bất kỳ lời mời làm việc nào.

hiring-live-check-bg-ask = Cảm ơn, thứ Ba là quá hợp! Mình hỏi một chút: mình dùng nền ảo có được không? Mình ở chung căn hộ với hai bạn nữa, và cái bếp nằm ngay sau bàn làm việc 🙈
hiring-live-check-bg-choice-fine = Được chứ, bạn cứ dùng. Chỉ lúc kiểm tra một phút ở cuối, bọn mình sẽ nhờ bạn tắt nó đi một lát.
hiring-live-check-bg-choice-plain = Bọn mình muốn thấy phòng thật của bạn hơn, có bếp cũng được. Bạn đừng dùng nền ảo nhé.
hiring-live-check-bg-choice-plain-feedback = Nền ảo che một căn bếp, không che khuôn mặt. Bước kiểm tra quan trọng diễn ra trên khuôn mặt, như nhau với mọi người, và trong một phút đó nền ảo được tắt đi.
hiring-live-check-bg-choice-flag = [Trả lời là được, rồi ghi vào hồ sơ: giấu phòng khi gọi video, nhờ HR soát kỹ gấp đôi]
hiring-live-check-bg-choice-flag-feedback = Không muốn khoe căn bếp chung là chuyện bình thường, còn một dòng ghi chú như vậy sẽ theo cô ấy suốt quy trình mà chẳng vì lý do gì. Ai cũng tắt nền ảo cho cùng một phút kiểm tra; đó mới là chỗ quan trọng.
hiring-live-check-bg-thanks = Tuyệt, cảm ơn nha! Hẹn thứ Ba.
hiring-live-check-bg-plain = ok, không sao, mình sẽ nhờ mấy bạn cùng nhà đừng vào bếp một tiếng.

hiring-live-check-joined = { $candidate } vào đúng giờ, camera bật, phía sau là một kệ sách ảo. Căn phòng tối, mặt cô ấy hơi nhiễu hạt; khi cô ấy cử động, mép nền ảo rung rinh quanh mái tóc.
hiring-live-check-joined-plain = { $candidate } vào đúng giờ, camera bật. Phía sau là một căn bếp tối và chiếc xe đạp dựa tường; trong ánh sáng yếu, mặt cô ấy trông hơi nhiễu hạt.
hiring-live-check-colleague-hi = Chào bạn, mình là { $colleague }, phụ trách mảng phát triển ở đây. Cảm ơn bạn đã dành thời gian!
hiring-live-check-greet = hi, xin chào! xin lỗi chỗ mình tối quá, mưa từ sáng tới giờ. Bạn nghe mình rõ không?
hiring-live-check-greet-alt = hello, chào bạn! xin lỗi hình hơi tối, ở đây mưa suốt cả ngày. Bạn nghe mình có rõ không?
hiring-live-check-lag = Giọng cô ấy bị giật, hình đứng lại rồi nhảy cóc. Môi chậm hơn lời một nhịp; tiếng và hình cùng giật một lúc, cả căn phòng phía sau cũng vậy.
hiring-live-check-lag-ask = xin lỗi, xin lỗi, wifi hôm nay tệ quá… mình ngồi gần router hơn, một giây thôi. Giờ đỡ hơn chưa? Nếu chưa, mình chuyển sang phát Wi-Fi từ điện thoại được.
hiring-live-check-lag-choice-go = Đỡ nhiều rồi, cảm ơn bạn. Mình tiếp tục nhé, nếu lại rớt thì bạn cứ nói.
hiring-live-check-lag-choice-end = (Chat) Môi không khớp với giọng. Dấu hiệu deepfake đấy; dừng thôi.
hiring-live-check-lag-choice-end-feedback = Tiếng và hình cùng giật, cả căn phòng phía sau cũng khựng lại: đó là mạng chậm. Face swap lộ ra theo cách khác: khuôn mặt nhòe hoặc chậm nhịp trong khi mọi thứ xung quanh vẫn rõ. Bước kiểm tra ở cuối là lúc để biết.
hiring-live-check-lag-choice-later = Mình dừng ở đây và hẹn lại khi mạng nhà bạn tốt hơn nhé.
hiring-live-check-lag-choice-later-feedback = Hoãn buổi phỏng vấn vì một đường truyền đang hồi phục sẽ tốn nhiều ngày, và ứng viên giỏi có thể nhận lời nơi khác trong lúc chờ. Bước kiểm tra ở cuối cuộc gọi, như nhau với mọi người, cho bạn biết điều cần biết.
hiring-live-check-again-reply = Ồ… vâng. Nhưng ngồi cạnh router thì tốt hơn nhiều thật mà. Mình thử mười phút được không?
hiring-live-check-hold-on = (Chat) Đừng dừng chỉ vì mạng kém: tiếng và hình giật cùng lúc, vậy là wifi nhà cô ấy. Bước kiểm tra quen thuộc ở cuối sẽ cho biết nhiều hơn.

hiring-live-check-q1 = Nói về dự án gần nhất của bạn nhé. Làm sao các bạn ngăn hai tài xế cùng nhận một đơn giao hàng vào cùng một lúc?
hiring-live-check-a1 = à, câu này mình thích 😄 Lúc đầu bọn mình bị đúng cái lỗi này, hai tài xế đứng trước cùng một cửa. Rồi bọn mình gắn số phiên bản cho mỗi đơn: nhận đơn là một lệnh update, chỉ chạy khi phiên bản vẫn còn khớp. Tài xế thứ hai nhận “đã có người nhận”. Đơn giản, mà chạy ổn hai năm nay rồi.
hiring-live-check-check-ask = Cảm ơn bạn, phía bọn mình hỏi vậy là đủ. Còn một việc cuối bọn mình làm với mọi ứng viên: tắt nền ảo nếu bạn đang dùng, quay hẳn đầu sang một bên rồi sang bên kia, và đưa một bàn tay chậm rãi qua trước mặt.
hiring-live-check-bg-off = Cô ấy tắt nền ảo: một căn phòng nhỏ, giá phơi đầy quần áo, ô cửa sổ lấm tấm mưa.
hiring-live-check-check-do = Được chứ! Trái… phải… giờ tới bàn tay, chậm chậm… xong! Có cần mình đưa gì lên nữa không? Đây là cái cốc từ đám cưới chị mình 😄
hiring-live-check-check-seen = Hình vẫn nhiễu hạt, nhưng khuôn mặt cô ấy vẫn nguyên vẹn: má và tai vẫn rõ khi cô quay đầu, bàn tay che rồi để lộ khuôn mặt gọn gàng, và chiếc cốc đi qua trước cằm mà không nhòe chút nào.

hiring-live-check-extra-note = (Chat) Ok, qua rồi. Nhưng giọng cô ấy nặng, tiếng Anh hơi lủng củng. Hay mình hẹn thêm một cuộc gọi với người khác? Chỉ riêng cô ấy thôi, cho chắc.
hiring-live-check-extra-choice-same = (Chat) Cô ấy đã qua đúng bước kiểm tra như mọi người. Giọng nói không phải lý do để thêm.
hiring-live-check-extra-choice-same-feedback = Vừa công bằng vừa an toàn. Cô ấy đã qua đúng bước kiểm tra mà mọi ứng viên đều làm; giọng nói hay vài lỗi nhỏ trong tiếng Anh không nói lên người đó là ai.
hiring-live-check-extra-choice-second = (Chat) Cũng được. Hẹn thêm một cuộc gọi với người khác, chỉ riêng cô ấy.
hiring-live-check-extra-choice-second-feedback = Thêm một bước kiểm tra chỉ cho người nói giọng khác không phải là thận trọng: giọng nói không cho biết danh tính. Cô ấy đã qua bước kiểm tra mà mọi người đều làm.
hiring-live-check-extra-choice-pass = (Chat) Giật lag, hình nhiễu, giọng lạ: nhiều thứ kỳ quá. Thôi loại cô ấy đi.
hiring-live-check-extra-choice-pass-feedback = Mỗi điều đó đều có lý do bình thường, và cô ấy đã qua bước kiểm tra duy nhất dành cho khuôn mặt: nó vẫn nguyên vẹn khi bàn tay và chiếc cốc đi qua trước mặt.

hiring-live-check-wrap = Cảm ơn hai bạn, nói chuyện vui thật đó! Nếu cần gì thêm từ mình, cứ nhắn nha.
hiring-live-check-left = { $candidate } vẫy tay và rời cuộc gọi.
hiring-live-check-extra-done = Cuộc gọi thứ hai diễn ra suôn sẻ. Cô ấy lại qua đúng bước kiểm tra đó, rồi lịch sự hỏi có phải ứng viên nào cũng gọi hai lần không.

hiring-live-check-pay-ask = chào lần nữa! Mình hỏi một việc thực tế trước khi làm giấy tờ: các bạn trả cho mình bằng { $home ->
    [krakow] złoty vào tài khoản ngân hàng của mình ở Ba Lan
    [porto] euro vào tài khoản ngân hàng của mình ở Bồ Đào Nha
   *[valencia] euro vào tài khoản ngân hàng của mình ở Tây Ban Nha
} được không? Tài khoản đứng tên mình. Hay chỉ trả bằng đô la thôi?
hiring-live-check-pay-choice-own = Được, tài khoản đứng tên chính bạn là ổn. Bạn điền vào mẫu bên HR nhé.
hiring-live-check-pay-choice-usd = Tiếc là bọn mình chỉ trả vào tài khoản ở Mỹ. Bạn mở một cái trước khi bắt đầu nhé?
hiring-live-check-pay-choice-usd-feedback = Trả tiền cho người làm hợp đồng vào tài khoản đứng tên chính cô ấy, ở nơi cô ấy sống, là chuyện bình thường. Dấu hiệu đáng ngại là tiền chuyển vào tài khoản của người khác, bằng tiền mã hóa, hoặc thông tin thanh toán cứ thay đổi.
hiring-live-check-pay-choice-hold = [Nhờ HR tạm giữ hồ sơ: tài khoản ngân hàng ở nước ngoài nằm trong danh sách cảnh báo]
hiring-live-check-pay-choice-hold-feedback = Một tài khoản đứng tên chính cô ấy, ở đất nước cô ấy sống và làm việc, đúng là nơi tiền công nên tới. Điều cần để ý là khi tiền bị yêu cầu chuyển vào tài khoản người khác, bằng tiền mã hóa, hoặc thông tin thanh toán cứ thay đổi.
hiring-live-check-pay-hr = HR lên tiếng: trả tiền cho người làm hợp đồng ở nước ngoài vào tài khoản đứng tên chính họ là việc thường lệ. Thông tin tài khoản của cô ấy được đưa vào hồ sơ y như cũ.

hiring-live-check-skip-note = Ok, cô ấy giỏi đấy, tuyển thôi. Nói thật, rõ ràng là người thật, bọn mình đã thấy cô ấy quay đầu và vẫy cái cốc mà. Kiểm tra giấy tờ bên HR mất hai ngày, còn cô ấy đang phỏng vấn chỗ khác. Bỏ qua bước đó và gửi lời mời hôm nay nhé?
hiring-live-check-skip-choice-same = Kiểm tra trực tiếp cho thấy mặt thật, không cho biết là mặt ai. Việc đó là của kiểm tra giấy tờ.
hiring-live-check-skip-choice-same-feedback = Đúng. Kiểm tra trực tiếp cho thấy có một người thật trước camera; chỉ kiểm tra giấy tờ mới nối người đó với hộ chiếu và với cái tên trên CV, trên hợp đồng. Như nhau với mọi ứng viên, dù bạn quý họ đến đâu.
hiring-live-check-skip-choice-skip = Đúng thật, bọn mình đã tận mắt thấy cô ấy. Bỏ qua HR, gửi lời mời hôm nay.
hiring-live-check-skip-choice-skip-feedback = Thấy cô ấy trực tiếp là thấy một khuôn mặt thật, nhưng chưa biết đó là mặt của ai. Kiểm tra giấy tờ là bước nối khuôn mặt ấy với hộ chiếu và cái tên trên hợp đồng; quý một ứng viên không phải lý do để bỏ qua nó.
hiring-live-check-skip-choice-after = Gửi lời mời hôm nay, còn kiểm tra giấy tờ thì để cô ấy làm trong tuần làm việc đầu tiên.
hiring-live-check-skip-choice-after-feedback = Kiểm tra sau khi đã mời làm việc có thể sẽ không bao giờ diễn ra: lúc đó hợp đồng đã ký, quyền truy cập đã cấp. Kiểm tra giấy tờ phải làm trước lời mời, với mọi ứng viên.

hiring-live-check-id-done = xong rồi! Bên HR của bạn đòi hộ chiếu và bắt mình quay đầu lần nữa, giờ mình thành chuyên gia quay đầu luôn 🙂 Hẹn gặp lại, { $candidate }
hiring-live-check-verified = Đơn vị HR: đã xác minh danh tính. Hộ chiếu khớp với người trong video selfie quay trực tiếp, và tên khớp với CV của cô ấy.
hiring-live-check-offer-sent = Đã gửi hợp đồng cho { $candidate }: { MONEY($rate) }/giờ, trả vào tài khoản đứng tên chính cô ấy. Cô ấy ký ngay trong ngày.

hiring-live-check-hired = Bạn đã tuyển được một lập trình viên giỏi, và một cách công bằng. Lúc đầu hình ảnh của cô ấy trông lạ: phòng tối, mặt nhiễu hạt, môi chậm hơn giọng một nhịp, nhưng chẳng điều nào trong đó quan trọng: cả đường truyền đều chậm, và khuôn mặt cô ấy vẫn nguyên vẹn dưới bàn tay và chiếc cốc, trong cùng bước kiểm tra mà ai cũng làm. Điều cần giữ vững lại đến từ phía bạn: kiểm tra giấy tờ, với mọi ứng viên.
hiring-live-check-hired-extra = Bạn đã tuyển cô ấy, và cô ấy đúng là người như cô ấy nói. Nhưng trên đường đi, cô ấy gặp những rào cản mà không ứng viên nào khác gặp, vì một cái nền ảo, một giọng nói hay một ngân hàng ở nước ngoài. Không điều nào trong đó cho biết một người là ai; cùng một bước kiểm tra trực tiếp và kiểm tra giấy tờ cho mọi người mới làm được việc đó.
hiring-live-check-hired-skipped = Bạn đã tuyển cô ấy, và cô ấy đúng là người như cô ấy nói. Nhưng bước kiểm tra giấy tờ qua đơn vị HR đã bị bỏ qua vì cô ấy có vẻ là người thật. Kiểm tra trực tiếp cho thấy một khuôn mặt thật; chỉ kiểm tra giấy tờ mới nối khuôn mặt ấy với cái tên trên hợp đồng. Lần này mọi việc ổn; bước kiểm tra tồn tại cho lần không ổn.
hiring-live-check-missed-early = Bạn đã dừng quy trình với một ứng viên đàng hoàng. Hình tối, đường truyền giật và giọng nói đều có lý do bình thường, và cô ấy đã qua bước kiểm tra duy nhất dành cho khuôn mặt: nó vẫn nguyên vẹn khi bàn tay và chiếc cốc đi qua trước mặt. Lần sau, hãy để cùng một bước kiểm tra quyết định, cho mọi người.

hiring-live-check-fine-camera-avoidance = Nền ảo che một căn phòng, không che khuôn mặt, và cô ấy đã hỏi về nó một cách thẳng thắn. Điều tạo nên khác biệt: camera của cô ấy luôn bật, và cô ấy sẵn sàng tắt nền ảo cho cùng một phút kiểm tra như mọi người.
hiring-live-check-fine-synthetic-media = Môi chậm hơn lời vì cả đường truyền bị chậm: tiếng, hình và căn phòng phía sau cùng giật một lúc. Face swap lộ ra theo cách khác, còn khuôn mặt cô ấy vẫn nguyên vẹn khi bàn tay và chiếc cốc đi qua trước mặt.
hiring-live-check-fine-local-knowledge = Giọng nói hay vài lỗi nhỏ trong tiếng Anh không cho biết một người là ai. Cô ấy đã qua đúng bước kiểm tra như mọi ứng viên, và các câu trả lời về công việc của chính cô ấy đều cụ thể.
hiring-live-check-fine-payment-redirect = Tiền vào tài khoản đứng tên chính cô ấy, ở đất nước cô ấy sống, đúng là nơi nó nên tới. Dấu hiệu đáng ngại là tiền chuyển vào tài khoản người khác, bằng tiền mã hóa, hoặc thông tin thanh toán cứ thay đổi.
